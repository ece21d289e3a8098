using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Procurement.Search.Lucene;

/// <summary>
/// One embedded index as the search adapters use it: a single writer (BM25), near-real-time searchers, and writes
/// serialised and committed so they are visible when the call returns. An index written with another layout is
/// emptied on open, for the full reindex to fill again.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private const string LayoutKey = "procurement.layout";

    private readonly LuceneDirectory _directory;
    private readonly bool _ownsDirectory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public LuceneIndex(LuceneDirectory directory, bool ownsDirectory, Analyzer analyzer, string layout)
    {
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        _writer = new IndexWriter(directory, new IndexWriterConfig(SupplierTextAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
        });
        if (!_writer.CommitData.TryGetValue(LayoutKey, out var written) || written != layout)
        {
            _writer.DeleteAll();
            _writer.SetCommitData(new Dictionary<string, string> { [LayoutKey] = layout });
            _writer.Commit();
        }

        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>Runs a read on the latest searcher, released afterwards.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public async Task WriteAsync(Action<IndexWriter> change, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            change(_writer);
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _writeLock.Dispose();
        if (_ownsDirectory)
        {
            _directory.Dispose();
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
