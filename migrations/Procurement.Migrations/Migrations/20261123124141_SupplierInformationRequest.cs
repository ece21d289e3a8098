using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Procurement.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class SupplierInformationRequest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "information_request",
                table: "suppliers",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "information_request",
                table: "suppliers");
        }
    }
}
