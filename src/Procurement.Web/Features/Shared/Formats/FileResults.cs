using System.Text;

namespace Procurement.Web.Features.Shared.Formats;

/// <summary>A CSV download written straight to the response, UTF-8 with a byte order mark so spreadsheets read accents.</summary>
public sealed class CsvDownload(string fileName, Func<CsvWriter, Task> write) : Microsoft.AspNetCore.Mvc.IActionResult
{
    public async Task ExecuteResultAsync(Microsoft.AspNetCore.Mvc.ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8; header=present";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var text = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024);
        await write(new CsvWriter(text));
    }
}

public sealed class AtomDownload(AtomFeed feed) : Microsoft.AspNetCore.Mvc.IActionResult
{
    public async Task ExecuteResultAsync(Microsoft.AspNetCore.Mvc.ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = AtomFeed.MediaType + "; charset=utf-8";
        await feed.WriteAsync(response.Body, context.HttpContext.RequestAborted);
    }
}
