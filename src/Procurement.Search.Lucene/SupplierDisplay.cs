using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Reference;

namespace Procurement.Search.Lucene;

/// <summary>What a result shows of a supplier: its id, name, region, CPV codes and description.</summary>
internal sealed record SupplierDisplay(Guid Id, string Name, string Region, string[] CpvCodes, string Description)
{
    /// <summary>
    /// One binary doc value per supplier instead of stored fields: reading a stored document decompresses a whole
    /// block of documents, while a doc value is read in place, which matters for the 20 results of every page.
    /// </summary>
    public static BinaryDocValuesField Field(SupplierDocument supplier)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(supplier.Id.ToByteArray());
            writer.Write(supplier.LegalName);
            writer.Write(supplier.Region);
            writer.Write(supplier.Description);
            writer.Write(supplier.CpvCodes.Count);
            foreach (var code in supplier.CpvCodes)
            {
                writer.Write(CpvCode.Normalise(code));
            }
        }

        return new BinaryDocValuesField(SupplierFields.Display, new BytesRef(buffer.ToArray()));
    }

    /// <summary>Reads the suppliers behind hits of a searcher, whatever segment each is in.</summary>
    public static IEnumerable<SupplierDisplay> Read(IndexSearcher searcher, IEnumerable<ScoreDoc> hits)
    {
        var leaves = searcher.IndexReader.Leaves;
        var bytes = new BytesRef();
        foreach (var hit in hits)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            leaf.AtomicReader.GetBinaryDocValues(SupplierFields.Display).Get(hit.Doc - leaf.DocBase, bytes);
            yield return Decode(bytes);
        }
    }

    private static SupplierDisplay Decode(BytesRef bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length, writable: false), Encoding.UTF8);
        var id = new Guid(reader.ReadBytes(16));
        var name = reader.ReadString();
        var region = reader.ReadString();
        var description = reader.ReadString();
        var codes = new string[reader.ReadInt32()];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = reader.ReadString();
        }

        return new SupplierDisplay(id, name, region, codes, description);
    }
}
