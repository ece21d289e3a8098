namespace Procurement.Application.Identity.Ports;

/// <summary>Who has an account and where they belong: what administrators and auditors review.</summary>
public interface IPeopleDirectory
{
    Task<IReadOnlyList<AgencyListing>> AgenciesAsync(CancellationToken cancellationToken);

    /// <summary>One page of accounts, ordered by organisation then name; <paramref name="page"/> counts from 1.</summary>
    Task<PeoplePage> PeopleAsync(int page, int pageSize, CancellationToken cancellationToken);
}

public sealed record AgencyListing(string Name, string Identifier, string Region, int StaffCount);

public sealed record PersonListing(
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    string? Organisation,
    bool EmailConfirmed,
    bool TwoFactorEnabled,
    bool LockedOut);

public sealed record PeoplePage(IReadOnlyList<PersonListing> People, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
