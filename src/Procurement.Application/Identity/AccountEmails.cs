using Procurement.Application.Identity.Ports;
using Procurement.Application.Notifications.Ports;

namespace Procurement.Application.Identity;

internal static class AccountEmails
{
    public static OutgoingMail Confirmation(string email, string displayName, Uri link) => new(
        email,
        "Confirm your e-mail address for Procurement",
        $"""
        Hello {displayName},

        You registered a supplier account on Procurement. To confirm that this address is yours, open this link:

        {link}

        If you did not register, ignore this message: the account stays unusable without confirmation.
        """);

    public static OutgoingMail PasswordReset(string email, Uri link) => new(
        email,
        "Reset your Procurement password",
        $"""
        Someone asked to reset the password of the Procurement account for {email}.

        To choose a new password, open this link (it works once, for a limited time):

        {link}

        If it was not you, ignore this message: your password has not changed.
        """);
}
