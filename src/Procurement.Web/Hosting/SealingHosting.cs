using Procurement.Sealing.Keys;

namespace Procurement.Web.Hosting;

internal static class SealingHosting
{
    /// <summary>
    /// Loads the platform sealing keys now, generating them on first run where <c>Sealing:GenerateMissingKeys</c> allows,
    /// so a missing key stops start-up instead of the first bid; logs the receipt key's fingerprint for people to
    /// compare with the one the verification page publishes.
    /// </summary>
    public static void InitialiseSealingKeys(this WebApplication app)
    {
        var keys = app.Services.GetRequiredService<PlatformKeys>();
        app.Logger.LogInformation(
            "Sealing keys ready: receipts signed with {ReceiptKeyId}, public key fingerprint {ReceiptKeyFingerprint} ({ReceiptKeySource}); tender keys wrapped with {KeyEncryptionKeyId} ({KeyEncryptionKeySource}).",
            keys.ReceiptSigningKey.KeyId,
            keys.ReceiptSigningKey.Fingerprint,
            keys.ReceiptSigningKeySource,
            keys.CurrentKeyEncryptionKeyId,
            keys.KeyEncryptionKeySource);
    }
}
