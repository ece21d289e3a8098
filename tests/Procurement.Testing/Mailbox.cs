using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Infrastructure.Database;

namespace Procurement.Testing;

/// <summary>Reads the .eml files the app wrote to its pickup folder.</summary>
public static partial class Mailbox
{
    private static readonly TimeSpan _outboxWait = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The newest message to <paramref name="recipient"/>, decoded; fails if none arrived. Mail leaves through the
    /// outbox, so this first waits (a few seconds at most) until the outbox has sent everything queued so far.
    /// </summary>
    public static string LatestTo(ProcurementAppFactory app, string recipient)
    {
        WaitForOutbox(app);
        var message = Directory.Exists(app.MailDirectory)
            ? Directory.GetFiles(app.MailDirectory, "*.eml")
                .Select(file => (file, text: File.ReadAllText(file)))
                .Where(mail => mail.text.Contains($"To: {recipient}", StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(mail => File.GetLastWriteTimeUtc(mail.file))
                .Select(mail => mail.text)
                .FirstOrDefault()
            : null;
        return message is null ? throw new InvalidOperationException($"No e-mail to {recipient} in {app.MailDirectory}.") : Decode(message);
    }

    /// <summary>Waits until the app's mail outbox holds nothing but dead mail; fails after a while.</summary>
    public static void WaitForOutbox(ProcurementAppFactory app)
    {
        var deadline = DateTime.UtcNow + _outboxWait;
        while (true)
        {
            using var scope = app.Services.CreateScope();
            if (!scope.ServiceProvider.GetRequiredService<ProcurementDbContext>().MailOutbox.Any(entry => entry.DeadAt == null))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The mail outbox still held unsent mail after {_outboxWait.TotalSeconds} seconds.");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>The first link in the message whose path starts with <paramref name="path"/>, as a relative URL.</summary>
    public static string LinkTo(string message, string path)
    {
        var match = Link().Matches(message).Select(m => new Uri(m.Value)).FirstOrDefault(uri => uri.AbsolutePath == path);
        return match?.PathAndQuery ?? throw new InvalidOperationException($"No link to {path} in the message:\n{message}");
    }

    private static string Decode(string message)
    {
        var separator = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = message[..separator];
        var body = message[(separator + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", string.Empty, StringComparison.Ordinal)));
        }

        if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            var joined = body.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
            var bytes = QuotedByte().Replace(joined, m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString());
            return Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(bytes));
        }

        return WebUtility.HtmlDecode(body);
    }

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex Link();

    [GeneratedRegex("=([0-9A-F]{2})")]
    private static partial Regex QuotedByte();
}
