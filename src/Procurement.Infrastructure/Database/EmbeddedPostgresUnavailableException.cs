namespace Procurement.Infrastructure.Database;

/// <summary>The embedded cluster cannot start on this machine; the message says what to install or configure.</summary>
public sealed class EmbeddedPostgresUnavailableException(string message) : Exception(message);
