namespace Procurement.Domain.Catalog;

public enum CatalogItemStatus
{
    /// <summary>Being prepared by the supplier; never orderable nor shown to buyers.</summary>
    Draft,

    /// <summary>Offered: orderable where a framework agreement in force lists it within its ceiling.</summary>
    Active,

    /// <summary>No longer offered; kept for the orders that name it.</summary>
    Withdrawn,
}
