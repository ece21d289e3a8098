namespace Procurement.Domain.Suppliers;

/// <summary>Company size by the EU SME definition (Recommendation 2003/361/EC), used for SME statistics.</summary>
public enum SupplierSize
{
    Micro,
    Small,
    Medium,
    Large,
}
