using Procurement.Domain;
using Procurement.Domain.Orders;

namespace Procurement.Application.Orders.Ports;

/// <summary>Orders as the pages list and chart them (read only).</summary>
public interface IOrderCatalog
{
    /// <summary>The order with its lines as stored now (untracked: never the copy a failed step changed in memory); null when none.</summary>
    Task<PurchaseOrder?> OrderAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>Orders matching the filter, newest first, at most 200.</summary>
    Task<IReadOnlyList<OrderSummary>> ListAsync(OrderFilter filter, CancellationToken cancellationToken);

    /// <summary>The order's history, oldest first, with the names of the people who acted.</summary>
    Task<IReadOnlyList<OrderHistoryEntry>> HistoryAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>How many of the agency's orders are in each state.</summary>
    Task<IReadOnlyDictionary<OrderStatus, int>> CountsByStatusAsync(Guid agencyId, CancellationToken cancellationToken);

    /// <summary>The agency's spend (orders not cancelled, declined or rejected) per month submitted since <paramref name="from"/>, per currency.</summary>
    Task<IReadOnlyList<MonthlySpend>> SpendByMonthAsync(Guid agencyId, DateTimeOffset from, CancellationToken cancellationToken);

    /// <summary>The agency's spend per CPV division (first two digits of the lines' codes) since <paramref name="from"/>, per currency.</summary>
    Task<IReadOnlyList<DivisionSpend>> SpendByCpvDivisionAsync(Guid agencyId, DateTimeOffset from, CancellationToken cancellationToken);

    /// <summary>The agency's name, shown to the supplier.</summary>
    Task<string?> AgencyNameAsync(Guid agencyId, CancellationToken cancellationToken);
}

public sealed record OrderFilter(Guid? AgencyId = null, Guid? SupplierId = null, OrderStatus? Status = null);

public sealed record OrderSummary(
    Guid Id, string Number, string AgencyName, string SupplierName, string BuyerName, Money Total, OrderStatus Status,
    PaymentMethod PaymentMethod, PaymentState PaymentState, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt);

public sealed record OrderHistoryEntry(DateTimeOffset At, OrderEventKind Kind, string? Detail, string ByName);

public sealed record MonthlySpend(int Year, int Month, string Currency, decimal Amount);

public sealed record DivisionSpend(string Division, string Currency, decimal Amount);
