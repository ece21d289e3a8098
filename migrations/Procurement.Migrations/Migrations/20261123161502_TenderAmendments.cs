using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Procurement.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class TenderAmendments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_amended_at",
                table: "tenders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_material_amendment_at",
                table: "tenders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "published_by",
                table: "tenders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "tenders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Tenders published before versions existed are version 1, published by whoever the Published event names.
            migrationBuilder.Sql("""
                UPDATE tenders t
                SET version = 1,
                    published_by = (SELECT e.by FROM tender_events e WHERE e.tender_id = t.id AND e.kind = 'Published' ORDER BY e.at LIMIT 1)
                WHERE t.published_at IS NOT NULL;
                """);

            migrationBuilder.CreateTable(
                name: "tender_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    change_summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    material = table.Column<bool>(type: "boolean", nullable: false),
                    snapshot = table.Column<string>(type: "jsonb", nullable: false),
                    by = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tender_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_tender_versions_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tender_versions_tender_id_number",
                table: "tender_versions",
                columns: new[] { "tender_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tender_versions");

            migrationBuilder.DropColumn(
                name: "last_amended_at",
                table: "tenders");

            migrationBuilder.DropColumn(
                name: "last_material_amendment_at",
                table: "tenders");

            migrationBuilder.DropColumn(
                name: "published_by",
                table: "tenders");

            migrationBuilder.DropColumn(
                name: "version",
                table: "tenders");
        }
    }
}
