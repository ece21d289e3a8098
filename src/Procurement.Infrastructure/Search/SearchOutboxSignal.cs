using Procurement.Infrastructure.Outbox;

namespace Procurement.Infrastructure.Search;

/// <summary>Wakes the index worker as soon as this instance commits a supplier change, instead of at its next poll.</summary>
public sealed class SearchOutboxSignal : OutboxSignal;
