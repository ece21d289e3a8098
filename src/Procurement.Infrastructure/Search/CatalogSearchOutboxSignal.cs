using Procurement.Infrastructure.Outbox;

namespace Procurement.Infrastructure.Search;

/// <summary>Wakes the catalog index worker as soon as this instance commits a catalog change.</summary>
public sealed class CatalogSearchOutboxSignal : OutboxSignal;
