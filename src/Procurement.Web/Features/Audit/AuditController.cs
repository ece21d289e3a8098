using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Audit;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Audit;

/// <summary>The audit log for auditors and administrators: entries newest first, filters, and a check of the whole chain.</summary>
[Authorize(Roles = $"{Roles.Auditor},{Roles.Admin}")]
[Route("audit")]
public sealed class AuditController(ListAuditEntriesHandler entries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(AuditFilterForm filter, CancellationToken cancellationToken)
    {
        // A date the browser could not send as yyyy-MM-dd is dropped by binding; say so in words.
        foreach (var field in new[] { "from", "to" })
        {
            if (ModelState.TryGetValue(field, out var state) && state.Errors.Count > 0)
            {
                var typed = state.AttemptedValue;
                ModelState.Remove(field);
                ModelState.SetModelValue(field, typed, typed);
                ModelState.AddModelError(field, $"Enter the “{field}” date as a date, for example 2026-03-01.");
            }
        }

        if (!ModelState.IsValid)
        {
            return View(new AuditPageModel(filter, new AuditEntriesPage([], null, null, []), null));
        }

        return View(await PageAsync(filter, verification: null, cancellationToken));
    }

    /// <summary>Walks the whole chain and shows the outcome; nothing is changed, but it can take a while, so it is a button.</summary>
    [HttpPost("verify")]
    public async Task<IActionResult> Verify([FromServices] VerifyAuditChainHandler verify, CancellationToken cancellationToken)
    {
        var verification = await verify.HandleAsync(cancellationToken);
        return View(nameof(Index), await PageAsync(new AuditFilterForm(), verification, cancellationToken));
    }

    private async Task<AuditPageModel> PageAsync(AuditFilterForm filter, AuditChainVerification? verification, CancellationToken cancellationToken)
    {
        var page = await entries.HandleAsync(filter.ToQuery(), cancellationToken);
        // The inputs are named (and given ids) as the query string names them: subject, action, actor, from, to.
        ModelState.AddFieldErrors(page.Errors.Select(error => error with { Field = error.Field.ToLowerInvariant() }));
        return new AuditPageModel(filter, page, verification);
    }
}

/// <summary>The filters as the page's query string carries them; names fixed so that <c>action</c> never binds the route value.</summary>
public sealed class AuditFilterForm
{
    [FromQuery(Name = "subject")]
    public string? Subject { get; set; }

    [FromQuery(Name = "action")]
    public string? Action { get; set; }

    [FromQuery(Name = "actor")]
    public string? Actor { get; set; }

    [FromQuery(Name = "from")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to")]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "before")]
    public long? Before { get; set; }

    public ListAuditEntries ToQuery() => new(Subject, Action, Actor, From, To, Before);

    /// <summary>This page's filters with <c>before</c> set, for the link to older entries.</summary>
    public string ForBefore(long before)
    {
        var query = new List<string>();
        Add(query, "subject", Subject);
        Add(query, "action", Action);
        Add(query, "actor", Actor);
        Add(query, "from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(query, "to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        query.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"before={before}"));
        return "/audit?" + string.Join('&', query);
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}

public sealed record AuditPageModel(AuditFilterForm Filter, AuditEntriesPage Page, AuditChainVerification? Verification)
{
    public static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);

    public static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("d MMM yyyy, HH:mm:ss 'UTC'", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
