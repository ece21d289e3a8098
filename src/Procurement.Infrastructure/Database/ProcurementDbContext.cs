using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Agencies;
using Procurement.Domain.Awards;
using Procurement.Domain.Bids;
using Procurement.Domain.Catalog;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Notifications;
using Procurement.Domain.Orders;
using Procurement.Domain.Reference;
using Procurement.Domain.Suppliers;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Audit;
using Procurement.Infrastructure.Identity;
using Procurement.Infrastructure.Notifications;
using Procurement.Infrastructure.Orders;
using Procurement.Infrastructure.Search;
using Procurement.Infrastructure.Tenders;

namespace Procurement.Infrastructure.Database;

/// <summary>
/// The one database of the platform. Add a migration after changing the model:
/// <c>dotnet ef migrations add Name --project migrations/Procurement.Migrations</c>.
/// </summary>
public sealed class ProcurementDbContext(DbContextOptions<ProcurementDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Supplier> Suppliers => Set<Supplier>();
    public DbSet<SupplierDecision> SupplierDecisions => Set<SupplierDecision>();
    public DbSet<CpvCode> CpvCodes => Set<CpvCode>();
    public DbSet<UnitOfMeasure> UnitsOfMeasure => Set<UnitOfMeasure>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SearchOutboxEntry> SearchOutbox => Set<SearchOutboxEntry>();
    public DbSet<Tender> Tenders => Set<Tender>();
    public DbSet<TenderEvent> TenderEvents => Set<TenderEvent>();
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
    public DbSet<TenderVersion> TenderVersions => Set<TenderVersion>();
    public DbSet<TenderFollower> TenderFollowers => Set<TenderFollower>();
    public DbSet<Clarification> Clarifications => Set<Clarification>();
    public DbSet<ClarificationEvent> ClarificationEvents => Set<ClarificationEvent>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<MailOutboxEntry> MailOutbox => Set<MailOutboxEntry>();
    public DbSet<Bid> Bids => Set<Bid>();
    public DbSet<BidDraft> BidDrafts => Set<BidDraft>();
    public DbSet<OpeningRecord> OpeningRecords => Set<OpeningRecord>();
    public DbSet<AwardDecision> AwardDecisions => Set<AwardDecision>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<AwardEvent> AwardEvents => Set<AwardEvent>();
    public DbSet<TenderEvaluation> TenderEvaluations => Set<TenderEvaluation>();
    public DbSet<EvaluationEvent> EvaluationEvents => Set<EvaluationEvent>();
    public DbSet<PurchaseOrder> PurchaseOrders => Set<PurchaseOrder>();
    public DbSet<OrderEvent> OrderEvents => Set<OrderEvent>();
    internal DbSet<CartItem> CartItems => Set<CartItem>();
    internal DbSet<OrderInvoiceFile> OrderInvoiceFiles => Set<OrderInvoiceFile>();
    public DbSet<CatalogItem> CatalogItems => Set<CatalogItem>();
    public DbSet<FrameworkAgreement> FrameworkAgreements => Set<FrameworkAgreement>();
    public DbSet<CatalogEvent> CatalogEvents => Set<CatalogEvent>();
    public DbSet<CatalogImport> CatalogImports => Set<CatalogImport>();
    public DbSet<CatalogSearchOutboxEntry> CatalogSearchOutbox => Set<CatalogSearchOutboxEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Identity names its tables explicitly (AspNetUsers...), which the snake_case convention leaves alone.
        builder.Entity<ApplicationUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");

        builder.HasSequence<long>(TenderConfiguration.ReferenceSequence);
        builder.HasSequence<long>(PurchaseOrderConfiguration.NumberSequence);
        builder.ApplyConfigurationsFromAssembly(typeof(ProcurementDbContext).Assembly);
    }
}
