using Procurement.Domain.Catalog;

namespace Procurement.Application.Catalog.Ports;

/// <summary>CSV imports waiting, running or done, with their files; the worker runs them one at a time per instance.</summary>
public interface ICatalogImports
{
    /// <summary>Keeps a new import and its file; the background worker is told at once.</summary>
    Task QueueAsync(CatalogImport import, byte[] content, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the oldest queued import (or one left running for too long by an instance that died), so that no two
    /// instances run the same one; null when none waits.
    /// </summary>
    Task<Guid?> ClaimNextAsync(CancellationToken cancellationToken);

    /// <summary>The import, tracked: <see cref="ICatalogRepository.SaveAsync"/> and <see cref="SaveProgressAsync"/> write its changes.</summary>
    Task<CatalogImport?> FindAsync(Guid importId, CancellationToken cancellationToken);

    Task<byte[]?> FileAsync(Guid importId, CancellationToken cancellationToken);

    /// <summary>Writes the import's progress at once, in its own short statement, for the page that polls it.</summary>
    Task SaveProgressAsync(CatalogImport import, CancellationToken cancellationToken);
}
