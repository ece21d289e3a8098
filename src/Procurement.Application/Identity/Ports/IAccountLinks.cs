namespace Procurement.Application.Identity.Ports;

/// <summary>Absolute links that account e-mails point to; the web layer knows its routes and public address.</summary>
public interface IAccountLinks
{
    Uri EmailConfirmation(Guid userId, string token);

    Uri PasswordReset(string email, string token);
}
