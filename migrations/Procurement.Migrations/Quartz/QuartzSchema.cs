using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Procurement.Migrations.Quartz;

/// <summary>
/// The Quartz.NET job store tables (prefix <c>qrtz_</c>), from Quartz's own PostgreSQL script kept beside this file
/// (<c>tables_postgres.sql</c>, embedded), so that migrations, not the scheduler, own the schema.
/// </summary>
internal static class QuartzSchema
{
    private const string ScriptResource = "Procurement.Migrations.Quartz.tables_postgres.sql";

    /// <summary>Every table the script creates, children before the tables they reference.</summary>
    private static readonly string[] _tables =
    [
        "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_triggers",
        "qrtz_job_details", "qrtz_calendars", "qrtz_paused_trigger_grps", "qrtz_paused_job_grps", "qrtz_fired_triggers",
        "qrtz_scheduler_state", "qrtz_locks", "qrtz_execution_history", "qrtz_misfire_history", "qrtz_job_status",
    ];

    public static void Create(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in Statements())
        {
            migrationBuilder.Sql(statement);
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        foreach (var table in _tables)
        {
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
        }
    }

    /// <summary>The script's statements: it separates them with a line reading exactly <c>--;;</c>.</summary>
    private static IEnumerable<string> Statements()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException($"The resource {ScriptResource} is missing from the migrations assembly.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().ReplaceLineEndings("\n");
        return script.Split("\n--;;\n")
            .Select(statement => string.Join('\n', statement.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(statement => statement.Length > 0);
    }
}
