using System.Text;

namespace Procurement.Domain.Audit;

/// <summary>Turns an enum value such as <c>PublicationScheduled</c> into the audit verb <c>publication_scheduled</c>.</summary>
public static class AuditNames
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var verb = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && verb.Length > 0)
            {
                verb.Append('_');
            }

            verb.Append(char.ToLowerInvariant(c));
        }

        return verb.ToString();
    }
}
