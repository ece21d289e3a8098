namespace Procurement.Infrastructure.Demo;

/// <summary>Configuration section <c>Demo</c>: on in Development, off everywhere else.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>The password every demo account shares. Printed at start-up; never use demo data in production.</summary>
    public const string Password = "Procurement-demo-2026";

    /// <summary>The base32 TOTP secret every demo staff account shares, so a tester can generate codes (oathtool --totp -b SECRET).</summary>
    public const string TotpSecret = "PROCUREMENTDEMOTOTPSECRETKEY2345";

    public bool Seed { get; set; }
}
