using OtpNet;

namespace Procurement.Testing;

/// <summary>Computes the code an authenticator app would show for a base32 secret (RFC 6238).</summary>
public static class AuthenticatorApp
{
    public static string CurrentCode(string base32Secret) =>
        new Totp(Base32Encoding.ToBytes(base32Secret.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();
}
