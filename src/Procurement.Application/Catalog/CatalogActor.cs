namespace Procurement.Application.Catalog;

/// <summary>Who is acting on the catalog: a supplier's user (with its supplier) or an officer (with its agency).</summary>
public sealed record CatalogActor(Guid UserId, Guid? SupplierId, Guid? AgencyId);

/// <summary>The outcome of a catalog change: not found (or not yours), refused with field errors, or done.</summary>
public sealed record CatalogChange(bool Found, Guid Id, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Found && Errors.Count == 0;

    public static CatalogChange NotFound() => new(false, Guid.Empty, []);

    public static CatalogChange Done(Guid id) => new(true, id, []);

    public static CatalogChange Refused(Guid id, IReadOnlyList<FieldError> errors) => new(true, id, errors);

    public static CatalogChange Refused(Guid id, string message) => new(true, id, [new FieldError(string.Empty, message)]);
}
