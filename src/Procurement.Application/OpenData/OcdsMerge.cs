using System.Globalization;
using System.Text.Json.Nodes;

namespace Procurement.Application.OpenData;

/// <summary>
/// The compiled release of a contracting process by the OCDS 1.1 merge rules: releases in date order, each field of a
/// later release overwriting the same field of an earlier one; objects merged field by field; arrays of objects that all
/// have an <c>id</c> merged by id (an object with an id seen before is merged into it, a new id is appended); any other
/// array replaced whole; a <c>null</c> value removes the field. <c>id</c>, <c>date</c> and <c>tag</c> are the compiled
/// release's own.
/// </summary>
public static class OcdsMerge
{
    public static JsonObject Compile(IEnumerable<JsonObject> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        // A stable sort: releases of the same date keep the order given.
        var ordered = releases.OrderBy(r => DateTimeOffset.Parse((string)r["date"]!, CultureInfo.InvariantCulture)).ToList();
        if (ordered.Count == 0)
        {
            throw new ArgumentException("A compiled release needs at least one release.", nameof(releases));
        }

        var compiled = new JsonObject();
        foreach (var release in ordered)
        {
            MergeObject(compiled, release);
        }

        var ocid = (string)ordered[0]["ocid"]!;
        var date = (string)ordered[^1]["date"]!;
        compiled["id"] = $"{ocid}-compiled";
        compiled["date"] = date;
        compiled["tag"] = new JsonArray("compiled");
        return compiled;
    }

    private static void MergeObject(JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject sourceObject && target[name] is JsonObject targetObject)
            {
                MergeObject(targetObject, sourceObject);
            }
            else if (value is JsonArray sourceArray && target[name] is JsonArray targetArray && IdentifiedObjects(sourceArray) && IdentifiedObjects(targetArray))
            {
                MergeById(targetArray, sourceArray);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }

    private static void MergeById(JsonArray target, JsonArray source)
    {
        foreach (var item in source.OfType<JsonObject>())
        {
            var id = item["id"]!.ToJsonString();
            if (target.OfType<JsonObject>().FirstOrDefault(existing => existing["id"]!.ToJsonString() == id) is { } existing)
            {
                MergeObject(existing, item);
            }
            else
            {
                target.Add(item.DeepClone());
            }
        }
    }

    private static bool IdentifiedObjects(JsonArray array) =>
        array.Count > 0 && array.All(item => item is JsonObject obj && obj["id"] is JsonValue);
}
