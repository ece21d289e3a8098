namespace Procurement.Search.Elasticsearch;

/// <summary>Field names of the supplier index, shared by the mapping, the documents and the queries.</summary>
internal static class SupplierFields
{
    public const string Id = "id";
    public const string Name = "name";
    public const string NameSort = "name.sort";
    public const string NamePrefix = "name.prefix";
    public const string TradingName = "trading_name";
    public const string Description = "description";
    public const string CpvLabels = "cpv_labels";

    /// <summary>Every digit prefix of every code, so that a CPV prefix filter is an exact term match.</summary>
    public const string Cpv = "cpv";

    /// <summary>The full codes, for display.</summary>
    public const string CpvCodes = "cpv_codes";

    public const string Division = "division";
    public const string Region = "region";
    public const string Size = "size";
    public const string Status = "status";
}
