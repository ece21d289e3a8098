using Procurement.Infrastructure.Outbox;

namespace Procurement.Infrastructure.Notifications;

/// <summary>Wakes the mail worker as soon as this instance commits queued mail, instead of at its next poll.</summary>
public sealed class MailOutboxSignal : OutboxSignal;
