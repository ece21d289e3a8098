using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Procurement.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class SealedBids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "opened_at",
                table: "tenders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "bid_drafts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supplier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    protected_content = table.Column<byte[]>(type: "bytea", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bid_drafts", x => x.id);
                    table.ForeignKey(
                        name: "fk_bid_drafts_suppliers_supplier_id",
                        column: x => x.supplier_id,
                        principalTable: "suppliers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_bid_drafts_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bids",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supplier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bids", x => x.id);
                    table.ForeignKey(
                        name: "fk_bids_suppliers_supplier_id",
                        column: x => x.supplier_id,
                        principalTable: "suppliers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bids_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "opening_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    key_fingerprint = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    withdrawn_bids = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opening_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_opening_records_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bid_draft_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    draft_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    protected_name = table.Column<byte[]>(type: "bytea", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bid_draft_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_bid_draft_attachments_bid_drafts_draft_id",
                        column: x => x.draft_id,
                        principalTable: "bid_drafts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bid_receipts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bid_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supplier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<Guid>(type: "uuid", nullable: false),
                    bid_part_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    signing_key_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    file_text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bid_receipts", x => x.id);
                    table.ForeignKey(
                        name: "fk_bid_receipts_bids_bid_id",
                        column: x => x.bid_id,
                        principalTable: "bids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bid_sealed_parts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bid_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    part_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    format = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ephemeral_public_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    nonce = table.Column<byte[]>(type: "bytea", nullable: false),
                    ciphertext = table.Column<byte[]>(type: "bytea", nullable: false),
                    ciphertext_sha256 = table.Column<byte[]>(type: "bytea", nullable: false),
                    key_commitment = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bid_sealed_parts", x => x.id);
                    table.ForeignKey(
                        name: "fk_bid_sealed_parts_bids_bid_id",
                        column: x => x.bid_id,
                        principalTable: "bids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "opened_bids",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bid_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supplier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supplier_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ciphertext_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    integrity = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    integrity_detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    opening_record_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opened_bids", x => x.id);
                    table.ForeignKey(
                        name: "fk_opened_bids_opening_records_opening_record_id",
                        column: x => x.opening_record_id,
                        principalTable: "opening_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bid_draft_files",
                columns: table => new
                {
                    attachment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    protected_content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bid_draft_files", x => x.attachment_id);
                    table.ForeignKey(
                        name: "fk_bid_draft_files_bid_draft_attachments_attachment_id",
                        column: x => x.attachment_id,
                        principalTable: "bid_draft_attachments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opened_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    integrity = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    opened_bid_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opened_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_opened_attachments_opened_bids_opened_bid_id",
                        column: x => x.opened_bid_id,
                        principalTable: "opened_bids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opened_lot_offers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    lot_number = table.Column<int>(type: "integer", nullable: false),
                    price_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    price_currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    validity_days = table.Column<int>(type: "integer", nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    opened_bid_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opened_lot_offers", x => x.id);
                    table.ForeignKey(
                        name: "fk_opened_lot_offers_opened_bids_opened_bid_id",
                        column: x => x.opened_bid_id,
                        principalTable: "opened_bids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opened_attachment_files",
                columns: table => new
                {
                    attachment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opened_attachment_files", x => x.attachment_id);
                    table.ForeignKey(
                        name: "fk_opened_attachment_files_opened_attachments_attachment_id",
                        column: x => x.attachment_id,
                        principalTable: "opened_attachments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bid_draft_attachments_draft_id",
                table: "bid_draft_attachments",
                column: "draft_id");

            migrationBuilder.CreateIndex(
                name: "ix_bid_drafts_supplier_id",
                table: "bid_drafts",
                column: "supplier_id");

            migrationBuilder.CreateIndex(
                name: "ix_bid_drafts_tender_id_supplier_id",
                table: "bid_drafts",
                columns: new[] { "tender_id", "supplier_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bid_receipts_bid_id_received_at",
                table: "bid_receipts",
                columns: new[] { "bid_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_bid_receipts_tender_id",
                table: "bid_receipts",
                column: "tender_id");

            migrationBuilder.CreateIndex(
                name: "ix_bid_sealed_parts_bid_id_version_part_name",
                table: "bid_sealed_parts",
                columns: new[] { "bid_id", "version", "part_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bids_supplier_id",
                table: "bids",
                column: "supplier_id");

            migrationBuilder.CreateIndex(
                name: "ix_bids_tender_id_supplier_id",
                table: "bids",
                columns: new[] { "tender_id", "supplier_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_opened_attachments_opened_bid_id",
                table: "opened_attachments",
                column: "opened_bid_id");

            migrationBuilder.CreateIndex(
                name: "ix_opened_bids_bid_id",
                table: "opened_bids",
                column: "bid_id");

            migrationBuilder.CreateIndex(
                name: "ix_opened_bids_opening_record_id",
                table: "opened_bids",
                column: "opening_record_id");

            migrationBuilder.CreateIndex(
                name: "ix_opened_lot_offers_opened_bid_id",
                table: "opened_lot_offers",
                column: "opened_bid_id");

            migrationBuilder.CreateIndex(
                name: "ix_opening_records_tender_id",
                table: "opening_records",
                column: "tender_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bid_draft_files");

            migrationBuilder.DropTable(
                name: "bid_receipts");

            migrationBuilder.DropTable(
                name: "bid_sealed_parts");

            migrationBuilder.DropTable(
                name: "opened_attachment_files");

            migrationBuilder.DropTable(
                name: "opened_lot_offers");

            migrationBuilder.DropTable(
                name: "bid_draft_attachments");

            migrationBuilder.DropTable(
                name: "bids");

            migrationBuilder.DropTable(
                name: "opened_attachments");

            migrationBuilder.DropTable(
                name: "bid_drafts");

            migrationBuilder.DropTable(
                name: "opened_bids");

            migrationBuilder.DropTable(
                name: "opening_records");

            migrationBuilder.DropColumn(
                name: "opened_at",
                table: "tenders");
        }
    }
}
