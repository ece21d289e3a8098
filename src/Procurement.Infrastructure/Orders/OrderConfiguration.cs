using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Agencies;
using Procurement.Domain.Orders;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Identity;

namespace Procurement.Infrastructure.Orders;

internal sealed class PurchaseOrderConfiguration : IEntityTypeConfiguration<PurchaseOrder>
{
    /// <summary>The sequence behind order numbers (PO-2026-000042): never reused, gaps allowed.</summary>
    public const string NumberSequence = "purchase_order_numbers";

    public void Configure(EntityTypeBuilder<PurchaseOrder> builder)
    {
        builder.ToTable("purchase_orders");
        builder.HasKey(order => order.Id);
        builder.Property(order => order.Id).ValueGeneratedNever();
        builder.Property(order => order.Number).HasMaxLength(20);
        builder.HasIndex(order => order.Number).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(order => order.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(order => order.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(order => order.BuyerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(order => new { order.AgencyId, order.Status });
        builder.HasIndex(order => new { order.SupplierId, order.Status });
        builder.HasIndex(order => order.BuyerId);
        builder.HasIndex(order => order.CheckoutReference).IsUnique();
        builder.HasIndex(order => order.PaymentState);
        builder.Property(order => order.SupplierName).HasMaxLength(300);
        builder.Property(order => order.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(order => order.TotalAmount).HasPrecision(18, 2);
        builder.Property(order => order.DeliveryAddress).HasMaxLength(DeliveryDetails.MaxAddressLength);
        builder.Property(order => order.CostCentre).HasMaxLength(DeliveryDetails.MaxCostCentreLength);
        builder.Property(order => order.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(order => order.PaymentMethod).HasConversion<string>().HasMaxLength(20);
        builder.Property(order => order.PaymentState).HasConversion<string>().HasMaxLength(20);
        builder.Property(order => order.Reason).HasMaxLength(PurchaseOrder.MaxReasonLength);
        builder.Property(order => order.CheckoutReference).HasMaxLength(255);
        builder.Property(order => order.PaymentReference).HasMaxLength(255);
        builder.Property(order => order.RefundReference).HasMaxLength(255);
        builder.Property(order => order.InvoiceNumber).HasMaxLength(60);
        builder.Ignore(order => order.Total);
        builder.Ignore(order => order.IsFinal);
        builder.Ignore(order => order.CheckoutIdempotencyKey);
        builder.Ignore(order => order.RefundIdempotencyKey);
        builder.HasMany(order => order.Lines).WithOne().HasForeignKey("order_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(order => order.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines");
        builder.HasKey(line => line.Id);
        builder.Property(line => line.Id).ValueGeneratedNever();
        builder.Property<Guid>("order_id");
        builder.HasIndex("order_id", nameof(OrderLine.Number)).IsUnique();
        builder.HasIndex(line => line.ItemId);
        builder.Property(line => line.Sku).HasMaxLength(100);
        builder.Property(line => line.Name).HasMaxLength(300);
        builder.Property(line => line.CpvCode).HasMaxLength(10);
        builder.Property(line => line.UnitCode).HasMaxLength(10);
        builder.Property(line => line.UnitPrice).HasPrecision(18, 2);
        builder.Property(line => line.LineTotal).HasPrecision(18, 2);
        builder.Property(line => line.Quantity).HasPrecision(18, OrderLine.QuantityDecimals);
        builder.Property(line => line.DeliveredQuantity).HasPrecision(18, OrderLine.QuantityDecimals);
        builder.Ignore(line => line.OutstandingQuantity);
    }
}

internal sealed class OrderEventConfiguration : IEntityTypeConfiguration<OrderEvent>
{
    public void Configure(EntityTypeBuilder<OrderEvent> builder)
    {
        builder.ToTable("order_events");
        builder.HasKey(orderEvent => orderEvent.Id);
        builder.Property(orderEvent => orderEvent.Id).ValueGeneratedNever();
        builder.HasOne<PurchaseOrder>().WithMany().HasForeignKey(orderEvent => orderEvent.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(orderEvent => new { orderEvent.OrderId, orderEvent.At });
        builder.Property(orderEvent => orderEvent.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(orderEvent => orderEvent.Detail).HasMaxLength(OrderEvent.MaxDetailLength);
    }
}
