using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Audit.Ports;
using Procurement.Application.Awards;
using Procurement.Application.Awards.Ports;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Evaluation;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Identity.Ports;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.OpenData;
using Procurement.Application.OpenData.Ports;
using Procurement.Application.Orders.Ports;
using Procurement.Application.Payments.Ports;
using Procurement.Application.Opening.Ports;
using Procurement.Application.Reference.Ports;
using Procurement.Application.Search.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Application.Tenders;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Evaluation;
using Procurement.Infrastructure.Audit;
using Procurement.Infrastructure.Awards;
using Procurement.Infrastructure.Bids;
using Procurement.Infrastructure.Catalog;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Demo;
using Procurement.Infrastructure.Evaluation;
using Procurement.Infrastructure.Identity;
using Procurement.Infrastructure.Notifications;
using Procurement.Infrastructure.OpenData;
using Procurement.Infrastructure.Orders;
using Procurement.Infrastructure.Payments;
using Procurement.Infrastructure.Reference;
using Procurement.Application.Statistics.Ports;
using Procurement.Infrastructure.Search;
using Procurement.Infrastructure.Statistics;
using Procurement.Infrastructure.Suppliers;
using Procurement.Infrastructure.Tenders;

namespace Procurement.Infrastructure;

public static class InfrastructureRegistration
{
    public static IServiceCollection AddProcurementInfrastructure(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddProcurementDatabase(connectionString);
        services.AddSingleton<TimeProvider, PlatformClock>();
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.Configure<MailOutboxOptions>(configuration.GetSection(MailOutboxOptions.Section));
        services.AddScoped<IMailer, SmtpMailer>();
        services.AddScoped<INotifications, NotificationCentre>();
        services.AddScoped<INotificationInbox, NotificationInbox>();
        services.AddScoped<ITenderAudience, TenderAudience>();
        services.AddScoped<MailOutboxDrainer>();
        services.AddScoped<MailOutboxHealth>();
        services.AddScoped<IAccountStore, AccountStore>();
        services.AddScoped<IOrganisationReader, OrganisationReader>();
        services.AddScoped<IPeopleDirectory, PeopleDirectory>();
        services.AddScoped<ISupplierRegistry, SupplierRegistry>();
        services.AddScoped<ITenderRepository, TenderRepository>();
        services.AddScoped<ITenderCatalog, TenderCatalog>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IAuditLogReader, AuditLogReader>();
        services.AddScoped<IClarificationStore, ClarificationStore>();
        services.AddScoped<IBidRepository, BidRepository>();
        services.AddScoped<IBidCatalog, BidCatalog>();
        services.AddScoped<IOpeningRepository, OpeningRepository>();
        services.AddScoped<IEvaluationRepository, EvaluationRepository>();
        services.AddScoped<IEvaluationStaff, EvaluationStaff>();
        services.AddScoped<IEvaluationResults, EvaluationResults>();
        services.AddSingleton(new EvaluationSettings
        {
            MinimumCommitteeMembers = configuration.GetValue("Evaluation:MinimumCommitteeMembers", TenderEvaluation.DefaultMinimumCommitteeMembers),
        });
        services.AddScoped<IOcdsReleaseSource, OcdsReleaseSource>();
        services.AddScoped<IOcdsAwardSource, OcdsAwardSource>();
        services.AddSingleton(new OcdsSettings
        {
            PublisherName = configuration.GetValue("OpenData:PublisherName", "Procurement")!,
            License = configuration.GetValue("OpenData:License", "https://creativecommons.org/licenses/by/4.0/")!,
            PublicationPolicy = configuration.GetValue("OpenData:PublicationPolicy", "/open-data")!,
            BuyerIdentifierScheme = configuration.GetValue("OpenData:BuyerIdentifierScheme", "GB-GOR")!,
            ValidateOutput = configuration.GetValue("OpenData:ValidateOutput", false),
        });

        // Loading parses the embedded schema files only (no I/O to wait for), so blocking once at first use is harmless.
        services.AddSingleton(_ => OcdsSchemaValidator.LoadAsync().GetAwaiter().GetResult());
        services.AddSingleton<IBidDraftProtector, DataProtectionBidDraftProtector>();
        services.AddSingleton(new TenderSettings
        {
            MinimumSubmissionDays = configuration.GetValue("Tenders:MinimumSubmissionDays", 10),
            MinimumDaysAfterMaterialAmendment = configuration.GetValue("Tenders:MinimumDaysAfterMaterialAmendment", 6),
            MaxDocumentMegabytes = configuration.GetValue("Tenders:MaxDocumentMegabytes", 20),
            OcidPrefix = configuration.GetValue("OpenData:OcidPrefix", "ocds-prc000")!,
        });
        services.AddSingleton(new AwardSettings
        {
            StandstillPeriod = configuration.GetValue("Awards:StandstillPeriod", Domain.Awards.StandstillPeriod.DefaultLength),
            TimeZone = configuration.GetValue("Awards:TimeZone", "UTC")!,
        });
        services.AddScoped<IAwardRepository, AwardRepository>();
        services.AddScoped<IAwardCatalog, AwardCatalog>();
        services.AddScoped<IProcurementStatistics, ProcurementStatisticsQuery>();
        services.AddScoped<IPurchaseOrders, PurchaseOrderRepository>();
        services.AddScoped<IOrderDirectory, OrderDirectory>();
        services.AddScoped<ICarts, Carts>();
        services.AddScoped<IOrderInvoices, OrderInvoices>();
        services.AddScoped<IOrderCatalog, OrderCatalog>();

        // Invoice payments by default; the Stripe adapter replaces this registration when its keys are configured.
        services.AddScoped<IPaymentGateway, InvoicePaymentGateway>();
        services.AddProcurementCatalog();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoOrderSeeder>();
        services.AddScoped<DemoTenderSeeder>();
        services.AddScoped<DemoTenderHistorySeeder>();
        services.AddScoped<DemoBidding>();
        services.AddScoped<DemoAwarding>();
        services.AddScoped<DemoAwardDecision>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<ICpvDivisions, CpvDivisions>();
        services.AddSingleton<ICpvVocabulary, CpvVocabulary>();
        services.AddSingleton<SearchOutboxSignal>();
        services.AddScoped<SupplierDocumentSource>();
        services.AddScoped<SearchOutboxDrainer>();
        services.AddScoped<SearchOutboxHealth>();
        services.AddScoped<SupplierIndexRebuilder>();
        services.AddScoped<SupplierIndexCheck>();
        services.AddPaymentsInfrastructure(configuration);
        return services;
    }
}
