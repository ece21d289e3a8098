using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Orders;
using Procurement.Infrastructure.Identity;

namespace Procurement.Infrastructure.Orders;

/// <summary>
/// One line of a buyer's cart: an item and a quantity, no price (ARCHITECTURE §7: prices come from the catalog). The
/// item's name is kept only to name a line whose item can no longer be ordered.
/// </summary>
internal sealed class CartItem(Guid buyerId, Guid itemId, string itemName, decimal quantity, DateTimeOffset addedAt)
{
    public Guid BuyerId { get; private set; } = buyerId;
    public Guid ItemId { get; private set; } = itemId;
    public string ItemName { get; private set; } = itemName;
    public decimal Quantity { get; set; } = quantity;
    public DateTimeOffset AddedAt { get; private set; } = addedAt;
}

internal sealed class CartItemConfiguration : IEntityTypeConfiguration<CartItem>
{
    public void Configure(EntityTypeBuilder<CartItem> builder)
    {
        builder.ToTable("cart_items");
        builder.HasKey(item => new { item.BuyerId, item.ItemId });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(item => item.BuyerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(item => item.Quantity).HasPrecision(18, OrderLine.QuantityDecimals);
        builder.Property(item => item.ItemName).HasMaxLength(300);
    }
}

/// <summary>A supplier's invoice PDF for an order, with its SHA-256; the order keeps the id of its current one.</summary>
internal sealed class OrderInvoiceFile(Guid id, Guid orderId, string fileName, string sha256, byte[] content, DateTimeOffset uploadedAt)
{
    public Guid Id { get; private set; } = id;
    public Guid OrderId { get; private set; } = orderId;
    public string FileName { get; private set; } = fileName;
    public string Sha256 { get; private set; } = sha256;
    public byte[] Content { get; private set; } = content;
    public DateTimeOffset UploadedAt { get; private set; } = uploadedAt;
}

internal sealed class OrderInvoiceFileConfiguration : IEntityTypeConfiguration<OrderInvoiceFile>
{
    public void Configure(EntityTypeBuilder<OrderInvoiceFile> builder)
    {
        builder.ToTable("order_invoice_files");
        builder.HasKey(file => file.Id);
        builder.Property(file => file.Id).ValueGeneratedNever();
        builder.HasOne<PurchaseOrder>().WithMany().HasForeignKey(file => file.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(file => file.OrderId);
        builder.Property(file => file.FileName).HasMaxLength(Application.Orders.Ports.InvoiceFile.MaxFileNameLength);
        builder.Property(file => file.Sha256).HasMaxLength(64);
    }
}
