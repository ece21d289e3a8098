using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Audit;
using Procurement.Application.Awards;
using Procurement.Application.Bids;
using Procurement.Application.Catalog;
using Procurement.Application.Evaluation;
using Procurement.Application.Identity;
using Procurement.Application.Notifications;
using Procurement.Application.OpenData;
using Procurement.Application.Opening;
using Procurement.Application.Opening.Ports;
using Procurement.Application.Orders;
using Procurement.Application.Payments;
using Procurement.Application.Reference;
using Procurement.Application.Search;
using Procurement.Application.Suppliers;
using Procurement.Application.Tenders;
using Procurement.Application.Tenders.Ports;

namespace Procurement.Application;

public static class DependencyInjection
{
    /// <summary>Registers the use-case handlers. Ports are registered by the adapters that implement them.</summary>
    public static IServiceCollection AddProcurementApplication(this IServiceCollection services) => services
        .AddScoped<RegisterSupplierAccountHandler>()
        .AddScoped<ConfirmEmailHandler>()
        .AddScoped<ResendEmailConfirmationHandler>()
        .AddScoped<RequestPasswordResetHandler>()
        .AddScoped<ResetPasswordHandler>()
        .AddScoped<SearchSuppliersHandler>()
        .AddScoped<EditSupplierDetailsHandler>()
        .AddScoped<SubmitSupplierForVerificationHandler>()
        .AddScoped<ManageSupplierCertificatesHandler>()
        .AddScoped<SearchCpvCodesHandler>()
        .AddScoped<DecideSupplierVerificationHandler>()
        .AddScoped<EndDueDebarmentsHandler>()
        .AddScoped<ChangeTenderAlertsHandler>()
        .AddScoped<ITenderPublicationSubscriber, AlertSubscribedSuppliers>()
        .AddScoped<DraftTenderHandler>()
        .AddScoped<ManageTenderDocumentsHandler>()
        .AddScoped<PublishTenderHandler>()
        .AddScoped<ScheduleTenderPublicationHandler>()
        .AddScoped<CancelTenderHandler>()
        .AddScoped<ListAuditEntriesHandler>()
        .AddScoped<VerifyAuditChainHandler>()
        .AddScoped<IOpeningKeyAuditLog, OpeningKeyAttemptsToAuditLog>()
        .AddScoped<NotifyInterestedSuppliers>()
        .AddScoped<FollowTenderHandler>()
        .AddScoped<AskClarificationHandler>()
        .AddScoped<AnswerClarificationHandler>()
        .AddScoped<AmendTenderHandler>()
        .AddScoped<SaveBidDraftHandler>()
        .AddScoped<SubmitBidHandler>()
        .AddScoped<WithdrawBidHandler>()
        .AddScoped<OpenBidsHandler>()
        .AddScoped<AwardNotices>()
        .AddScoped<AwardFinalisation>()
        .AddScoped<DecideAwardHandler>()
        .AddScoped<LodgeComplaintHandler>()
        .AddScoped<DecideComplaintHandler>()
        .AddScoped<EndStandstillHandler>()
        .AddScoped<RecordContractSignatureHandler>()
        .AddScoped<OrderSteps>()
        .AddScoped<CartPricing>()
        .AddScoped<AddToCartHandler>()
        .AddScoped<ChangeCartQuantityHandler>()
        .AddScoped<RemoveFromCartHandler>()
        .AddScoped<ViewCartHandler>()
        .AddScoped<SubmitCartHandler>()
        .AddScoped<ApproveOrderHandler>()
        .AddScoped<RejectOrderHandler>()
        .AddScoped<AcceptOrderHandler>()
        .AddScoped<DeclineOrderHandler>()
        .AddScoped<MarkShippedHandler>()
        .AddScoped<ConfirmDeliveryHandler>()
        .AddScoped<CancelOrderHandler>()
        .AddScoped<UploadInvoiceHandler>()
        .AddScoped<MarkInvoicePaidHandler>()
        .AddTransient<EvaluationWork>()
        .AddScoped<NameCommitteeHandler>()
        .AddScoped<DeclareInterestsHandler>()
        .AddScoped<RecordQualificationHandler>()
        .AddScoped<SubmitScoresHandler>()
        .AddScoped<SetConsensusHandler>()
        .AddScoped<FinaliseEvaluationHandler>()
        .AddScoped<OcdsReleaseMapper>()
        .AddScoped<OcdsPackages>()
        .AddScoped<ListOcdsReleasesHandler>()
        .AddScoped<GetOcdsRecordHandler>()
        .AddPaymentUseCases()
        .AddProcurementCatalogUseCases();

    private static IServiceCollection AddProcurementCatalogUseCases(this IServiceCollection services) => services
        .AddScoped<SaveCatalogItemHandler>()
        .AddScoped<ChangeCatalogItemStatusHandler>()
        .AddScoped<ManageCatalogItemImagesHandler>()
        .AddScoped<QueueCatalogImportHandler>()
        .AddScoped<RunCatalogImportHandler>()
        .AddScoped<ManageFrameworkAgreementsHandler>()
        .AddScoped<SearchCatalogHandler>();
}
