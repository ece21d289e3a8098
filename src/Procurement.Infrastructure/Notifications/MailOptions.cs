namespace Procurement.Infrastructure.Notifications;

/// <summary>Configuration section <c>Mail</c>. With no SMTP host, messages are written as .eml files to the pickup directory.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "Procurement <no-reply@procurement.test>";
    public string? PickupDirectory { get; set; }
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool SmtpUseTls { get; set; } = true;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
}
