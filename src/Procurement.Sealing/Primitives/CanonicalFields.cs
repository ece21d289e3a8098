using System.Buffers.Binary;
using System.Text;

namespace Procurement.Sealing.Primitives;

/// <summary>
/// The one unambiguous byte encoding of a list of text fields, for associated data: each field as its UTF-8 length
/// (4 bytes, big-endian) followed by its UTF-8 bytes. No separator can be forged by a field's content.
/// </summary>
internal static class CanonicalFields
{
    public static byte[] Encode(params string[] fields)
    {
        var encoded = fields.Select(Encoding.UTF8.GetBytes).ToArray();
        var output = new byte[encoded.Sum(field => 4 + field.Length)];
        var position = 0;
        foreach (var field in encoded)
        {
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(position), (uint)field.Length);
            field.CopyTo(output, position + 4);
            position += 4 + field.Length;
        }

        return output;
    }
}
