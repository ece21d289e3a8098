using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Procurement.Migrations.Quartz;

#nullable disable

namespace Procurement.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class QuartzSchedulerAndOutboxRetries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Quartz.NET job store (qrtz_ tables), from Quartz's own PostgreSQL script: see Quartz/tables_postgres.sql.
            QuartzSchema.Create(migrationBuilder);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "dead_at",
                table: "search_outbox",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                table: "search_outbox",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_attempt_at",
                table: "search_outbox",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_search_outbox_dead_at",
                table: "search_outbox",
                column: "dead_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            QuartzSchema.Drop(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "ix_search_outbox_dead_at",
                table: "search_outbox");

            migrationBuilder.DropColumn(
                name: "dead_at",
                table: "search_outbox");

            migrationBuilder.DropColumn(
                name: "last_error",
                table: "search_outbox");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                table: "search_outbox");
        }
    }
}
