using Microsoft.AspNetCore.DataProtection;
using Procurement.Application.Bids.Ports;

namespace Procurement.Infrastructure.Bids;

/// <summary>Protects bid drafts with ASP.NET Core Data Protection, under a purpose of their own.</summary>
internal sealed class DataProtectionBidDraftProtector(IDataProtectionProvider provider) : IBidDraftProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("Procurement.Bids.Drafts.v1");

    public byte[] Protect(byte[] plaintext) => _protector.Protect(plaintext);

    public byte[] Unprotect(byte[] protectedData) => _protector.Unprotect(protectedData);
}
