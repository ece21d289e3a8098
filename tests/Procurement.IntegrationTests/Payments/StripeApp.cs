using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Orders.Ports;
using Procurement.Domain;
using Procurement.Domain.Orders;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;
using Procurement.Testing.Payments;
using Quartz;

namespace Procurement.IntegrationTests.Payments;

/// <summary>
/// The app with card payments on, its Stripe.net talking HTTP to the in-process <see cref="FakeStripe"/>, on its own
/// database. The reconciliation job's trigger never fires by itself here (tests run the job when they mean to), and it
/// looks at every pending checkout however recent.
/// </summary>
public sealed class StripeApp(AppFixture fixture) : IAsyncLifetime
{
    /// <summary>Demo people of Northshire County Council and their supplier (DemoOrganisations).</summary>
    public const string Buyer = "buyer@procurement.test";
    public const string Approver = "approver@procurement.test";
    public const string Supplier = "supplier@procurement.test";

    private static readonly JobKey _reconcileJob = new("reconcile-payments", "Payments");
    private ProcurementAppFactory? _app;
    private FakeStripe? _stripe;

    public ProcurementAppFactory App => _app ?? throw new InvalidOperationException("Not started.");
    public FakeStripe Stripe => _stripe ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        _stripe = await FakeStripe.StartAsync();
        var settings = new Dictionary<string, string>(_stripe.Settings)
        {
            ["Payments:ReconcileCron"] = "0 0 0 1 1 ? 2099",
            ["Payments:CheckoutCheckAfter"] = "00:00:00",
        };
        _app = new ProcurementAppFactory(await fixture.Postgres.CreateDatabaseAsync("stripe"), settings);
        _app.StartServer();
    }

    public async Task<WebSession> SignedInAsync(string email)
    {
        var session = new WebSession(App);
        Assert.Equal(HttpStatusCode.OK, (await session.SignInAsync(email)).Status);
        return session;
    }

    /// <summary>A card order of the demo buyer to the demo supplier, raised under the threshold: awaiting payment.</summary>
    public async Task<Guid> CardOrderAsync(decimal unitPrice = 123.45m, decimal quantity = 2m) => await RaiseAsync(PaymentMethod.Card, unitPrice, quantity, App);

    public static async Task<Guid> RaiseAsync(PaymentMethod method, decimal unitPrice, decimal quantity, ProcurementAppFactory app)
    {
        var (buyerId, agencyId) = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Buyer).Select(u => new ValueTuple<Guid, Guid>(u.Id, u.AgencyId!.Value)).SingleAsync());
        var supplier = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Supplier).Join(db.Suppliers, u => u.SupplierId, s => s.Id, (u, s) => new { s.Id, s.LegalName }).SingleAsync());
        var line = new CartLine(Guid.NewGuid(), supplier.Id, supplier.LegalName, "SKU-1", "Nitrile gloves, box of 100", "33141420", "BX", new Money(unitPrice, "GBP"), quantity, 1, 5);
        var order = PurchaseOrder.Raise(
            $"PO-T-{Random.Shared.Next(100_000_000):D9}", agencyId, buyerId, new SupplierBasket(supplier.Id, supplier.LegalName, "GBP", [line]),
            new DeliveryDetails("County Hall, Northshire", "CC-100"), method, new ApprovalThreshold(new Money(1_000_000m, "GBP")), DateTimeOffset.UtcNow);
        await using var scope = app.Services.CreateAsyncScope();
        var orders = scope.ServiceProvider.GetRequiredService<IPurchaseOrders>();
        orders.Add(order);
        await orders.SaveAsync(CancellationToken.None);
        return order.Id;
    }

    public Task<PurchaseOrder> OrderAsync(Guid orderId) => App.WithDbAsync(db => db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId));

    public Task<List<OrderEventKind>> EventsAsync(Guid orderId) =>
        App.WithDbAsync(db => db.OrderEvents.AsNoTracking().Where(e => e.OrderId == orderId).OrderBy(e => e.At).Select(e => e.Kind).ToListAsync());

    public Task<int> AuditEntriesAsync(Guid orderId, string action) =>
        App.WithDbAsync(db => db.AuditLog.AsNoTracking().CountAsync(entry => entry.Subject == $"order:{orderId:D}" && entry.Action == action));

    /// <summary>The buyer presses "Pay by card": the POST with the session's antiforgery token, redirects not followed.</summary>
    public static async Task<WebSession.Page> PayByCardAsync(WebSession buyer, Guid orderId)
    {
        var token = (await buyer.GetAsync("/")).AntiforgeryToken();
        return await buyer.PostAsync($"/orders/{orderId}/checkout", token, new Dictionary<string, string>(), followRedirects: false);
    }

    /// <summary>Starts the buyer's card checkout and returns the Stripe session it opened.</summary>
    public async Task<string> CheckoutAsync(Guid orderId)
    {
        using var buyer = await SignedInAsync(Buyer);
        var response = await PayByCardAsync(buyer, orderId);
        Assert.Equal(HttpStatusCode.SeeOther, response.Status);
        return (await OrderAsync(orderId)).CheckoutReference!;
    }

    /// <summary>Posts a webhook as Stripe does: the raw JSON body and its <c>Stripe-Signature</c> header.</summary>
    public async Task<HttpResponseMessage> DeliverAsync(string body, string signature)
    {
        using var client = App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/payments/stripe/webhook") { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public Task<HttpResponseMessage> DeliverAsync(string body) => DeliverAsync(body, FakeStripeEvents.Sign(body));

    /// <summary>Runs the reconciliation job now on the app's real scheduler and waits until <paramref name="done"/> holds.</summary>
    public async Task ReconcileUntilAsync(Func<Task<bool>> done)
    {
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(_reconcileJob);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!await done())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The reconciliation job did not finish within 30 seconds.");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_stripe is not null)
        {
            await _stripe.DisposeAsync();
        }
    }
}
