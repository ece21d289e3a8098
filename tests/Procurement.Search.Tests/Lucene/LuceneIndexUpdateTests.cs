using Procurement.Application.Search.Ports;
using Procurement.Search.Lucene;

namespace Procurement.Search.Tests.Lucene;

public sealed class LuceneIndexUpdateTests
{
    [Fact]
    public async Task Upserting_an_existing_id_replaces_the_supplier()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        await index.Search.UpsertAsync([SupplierFixtures.Northwind with { LegalName = "Westwind Healthcare Ltd" }], CancellationToken.None);

        Assert.Empty(await index.IdsAsync(SupplierFixtures.Public("Northwind")));
    }

    [Fact]
    public async Task Upserting_an_existing_id_does_not_add_a_second_document()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        await index.Search.UpsertAsync([SupplierFixtures.Northwind with { LegalName = "Westwind Healthcare Ltd" }], CancellationToken.None);

        var result = await index.Search.SearchAsync(TempSupplierIndex.Admin(), CancellationToken.None);
        Assert.Equal(SupplierFixtures.All.Count, result.Total);
    }

    [Fact]
    public async Task A_removed_supplier_is_no_longer_found()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        await index.Search.RemoveAsync([SupplierFixtures.Clearview.Id], CancellationToken.None);

        Assert.DoesNotContain(SupplierFixtures.Clearview.Id, await index.IdsAsync(TempSupplierIndex.Admin()));
    }

    [Fact]
    public async Task Clearing_empties_the_index()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        await index.Search.ClearAsync(CancellationToken.None);

        var result = await index.Search.SearchAsync(TempSupplierIndex.Admin(), CancellationToken.None);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task Searches_running_while_the_writer_upserts_do_not_fail()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();
        using var writerDone = new CancellationTokenSource();

        var writer = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < 200; i++)
                {
                    var supplier = SupplierFixtures.Brightline with { Id = Guid.NewGuid(), LegalName = $"Builder {i:D3} Ltd" };
                    await index.Search.UpsertAsync([supplier], CancellationToken.None);
                }
            }
            finally
            {
                await writerDone.CancelAsync();
            }
        });
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!writerDone.IsCancellationRequested)
            {
                await index.Search.SearchAsync(SupplierFixtures.Public("construction") with { CpvPrefixes = ["45"] }, CancellationToken.None);
                await index.Search.SuggestAsync("build", TempSupplierIndex.AnyStatus, 5, CancellationToken.None);
            }
        }));

        var error = await Record.ExceptionAsync(() => Task.WhenAll([writer, .. readers]));

        Assert.Null(error);
    }

    [Fact]
    public async Task The_index_survives_being_reopened_from_its_folder()
    {
        var path = Path.Combine(Path.GetTempPath(), "procurement-lucene-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using (var first = new LuceneSupplierSearch(path))
            {
                await first.UpsertAsync([SupplierFixtures.Clearview], CancellationToken.None);
            }

            using var reopened = new LuceneSupplierSearch(path);
            var result = await reopened.SearchAsync(SupplierFixtures.Public(), CancellationToken.None);
            Assert.Equal(SupplierFixtures.Clearview.Id, Assert.Single(result.Items).Id);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public async Task An_index_written_in_an_older_layout_is_emptied_when_opened_so_that_it_gets_rebuilt()
    {
        using var directory = new global::Lucene.Net.Store.RAMDirectory();
        var config = new global::Lucene.Net.Index.IndexWriterConfig(global::Lucene.Net.Util.LuceneVersion.LUCENE_48, null);
        using (var older = new global::Lucene.Net.Index.IndexWriter(directory, config))
        {
            older.AddDocument([new global::Lucene.Net.Documents.StringField("id", "an older document", global::Lucene.Net.Documents.Field.Store.YES)]);
            older.Commit();
        }

        using var search = new LuceneSupplierSearch(directory);
        var result = await search.SearchAsync(TempSupplierIndex.Admin(), CancellationToken.None);

        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task An_index_over_a_ram_directory_works_for_tests()
    {
        using var directory = new global::Lucene.Net.Store.RAMDirectory();
        using var search = new LuceneSupplierSearch(directory);

        await search.UpsertAsync([.. SupplierFixtures.All], CancellationToken.None);

        var result = await search.SearchAsync(SupplierFixtures.Public(), CancellationToken.None);
        Assert.Equal(3, result.Total);
    }
}
