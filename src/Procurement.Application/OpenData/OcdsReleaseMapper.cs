using System.Globalization;
using System.Text.Json.Nodes;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Tenders;

namespace Procurement.Application.OpenData;

/// <summary>
/// Maps one stage to one OCDS 1.1 release (docs/open-data.md): a stable id per stage, the tag of the stage, the buyer and
/// parties with their roles, and the tender, bids, awards or contracts the stage speaks of. Optional fields with no value
/// are left out, as OCDS asks.
/// </summary>
public sealed class OcdsReleaseMapper(OcdsSettings settings, ITenderLinks links)
{
    public static string ReleaseId(OcdsStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var ocid = stage.Process.Ocid;
        return stage switch
        {
            OcdsTenderPublished => $"{ocid}-tender-1",
            OcdsTenderAmended amended => Invariant($"{ocid}-amendment-{amended.Version}"),
            OcdsTenderCancelled => $"{ocid}-cancellation",
            OcdsBidsOpened => $"{ocid}-opening",
            OcdsAwardInput { Step: OcdsAwardStep.Decided } award => Invariant($"{ocid}-award-{award.Round}"),
            OcdsAwardInput { Step: OcdsAwardStep.Finalised } award => Invariant($"{ocid}-award-{award.Round}-final"),
            OcdsAwardInput award => Invariant($"{ocid}-award-{award.Round}-lapsed"),
            OcdsContractInput contract => Invariant($"{ocid}-contract-{contract.Number}"),
            _ => throw new ArgumentOutOfRangeException(nameof(stage), stage.GetType().Name, "Not an OCDS stage."),
        };
    }

    public JsonObject Release(OcdsStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var process = stage.Process;
        var release = new JsonObject
        {
            ["ocid"] = process.Ocid,
            ["id"] = ReleaseId(stage),
            ["date"] = Date(stage.Date),
            ["tag"] = new JsonArray(Tag(stage)),
            ["initiationType"] = "tender",
            ["language"] = "en",
            ["buyer"] = new JsonObject { ["id"] = BuyerPartyId(process.Buyer), ["name"] = process.Buyer.Name },
        };
        var parties = new JsonArray(BuyerParty(process.Buyer));
        switch (stage)
        {
            case OcdsTenderPublished published:
                release["tender"] = Tender(process, published.State, "active");
                break;
            case OcdsTenderAmended amended:
                var tender = Tender(process, amended.State, "active");
                var previous = amended.PreviousVersion <= 1 ? $"{process.Ocid}-tender-1" : Invariant($"{process.Ocid}-amendment-{amended.PreviousVersion}");
                tender["amendments"] = new JsonArray(new JsonObject
                {
                    ["id"] = amended.Version.ToString(CultureInfo.InvariantCulture),
                    ["date"] = Date(amended.Date),
                    ["rationale"] = amended.ChangeSummary,
                    ["description"] = amended.Material
                        ? "Material amendment: bids submitted before it are to be confirmed or replaced."
                        : "Amendment of wording only: bids submitted before it stand.",
                    ["amendsReleaseID"] = previous,
                    ["releaseID"] = ReleaseId(amended),
                });
                release["tender"] = tender;
                break;
            case OcdsTenderCancelled cancelled:
                var withdrawn = Tender(process, cancelled.State, "cancelled");
                ((JsonArray)withdrawn["documents"]!).Add(new JsonObject
                {
                    ["id"] = "cancellation",
                    ["documentType"] = "cancellationDetails",
                    ["title"] = "Cancellation notice",
                    ["description"] = cancelled.Reason,
                    ["url"] = links.PublicPage(process.Reference).AbsoluteUri,
                    ["datePublished"] = Date(cancelled.Date),
                    ["format"] = "text/html",
                    ["language"] = "en",
                });
                release["tender"] = withdrawn;
                break;
            case OcdsBidsOpened opened:
                AddOpening(release, parties, process, opened);
                break;
            case OcdsAwardInput award:
                AddAward(release, parties, award);
                break;
            case OcdsContractInput contract:
                AddContract(release, parties, contract);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(stage), stage.GetType().Name, "Not an OCDS stage.");
        }

        release["parties"] = parties;
        return release;
    }

    /// <summary>The closed tenderStatus code of a tender's stage.</summary>
    public static string TenderStatus(TenderStatus status) => status switch
    {
        Domain.Tenders.TenderStatus.Draft => "planning",
        Domain.Tenders.TenderStatus.Scheduled => "planned",
        Domain.Tenders.TenderStatus.Cancelled => "cancelled",
        Domain.Tenders.TenderStatus.Awarded => "complete",
        Domain.Tenders.TenderStatus.Unsuccessful => "unsuccessful",

        // Published, Opened, Evaluation, Standstill: the process runs ("active" covers evaluation and the award's standstill).
        _ => "active",
    };

    /// <summary>
    /// The closed procurementCategory code from CPV divisions (45 works; 03–44 and 48 goods; the rest services). A tender whose
    /// lots fall in several categories takes the one with the greatest estimated value.
    /// </summary>
    public static string? MainProcurementCategory(IReadOnlyList<OcdsLot> lots)
    {
        ArgumentNullException.ThrowIfNull(lots);
        return lots
            .Select(lot => (Category: Category(lot.CpvCode), lot.EstimatedAmount))
            .Where(lot => lot.Category is not null)
            .GroupBy(lot => lot.Category!)
            .OrderByDescending(group => group.Sum(lot => lot.EstimatedAmount))
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key)
            .FirstOrDefault();
    }

    private static string? Category(string cpv)
    {
        if (cpv.Length < 2 || !int.TryParse(cpv.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var division))
        {
            return null;
        }

        return division switch
        {
            45 => "works",
            >= 3 and <= 44 or 48 => "goods",
            _ => "services",
        };
    }

    private static string Tag(OcdsStage stage) => stage switch
    {
        OcdsTenderPublished => "tender",
        OcdsTenderAmended => "tenderAmendment",
        OcdsTenderCancelled => "tenderCancellation",
        OcdsBidsOpened => "tenderUpdate",
        OcdsAwardInput { Step: OcdsAwardStep.Decided } => "award",
        OcdsAwardInput { Step: OcdsAwardStep.Finalised } => "awardUpdate",
        OcdsAwardInput => "awardCancellation",
        _ => "contract",
    };

    private JsonObject Tender(OcdsProcess process, OcdsTenderState state, string status)
    {
        var page = links.PublicPage(process.Reference).AbsoluteUri;
        var tender = new JsonObject
        {
            ["id"] = process.Reference,
            ["title"] = state.Title,
            ["description"] = state.Description,
            ["status"] = status,
            ["procuringEntity"] = new JsonObject { ["id"] = BuyerPartyId(process.Buyer), ["name"] = process.Buyer.Name },
            ["items"] = new JsonArray([.. state.Lots.Select(Item)]),
            ["lots"] = new JsonArray([.. state.Lots.Select(lot => Lot(lot, status))]),
        };
        var currencies = state.Lots.Select(lot => lot.Currency).Distinct(StringComparer.Ordinal).ToList();
        if (currencies.Count == 1)
        {
            tender["value"] = Value(state.Lots.Sum(lot => lot.EstimatedAmount), currencies[0]);
        }

        // Every interested supplier may bid on either procedure here (a request for quotations is published like an open
        // procedure, only simpler), so both are "open" in the method codelist; the details say which one it is.
        tender["procurementMethod"] = "open";
        tender["procurementMethodDetails"] = state.Procedure == ProcurementProcedure.OpenProcedure ? "Open procedure" : "Request for quotations";
        if (MainProcurementCategory(state.Lots) is { } category)
        {
            tender["mainProcurementCategory"] = category;
        }

        tender["awardCriteria"] = state.EvaluationMethod == EvaluationMethod.LowestPrice ? "priceOnly" : "ratedCriteria";
        tender["awardCriteriaDetails"] = string.Join(", ", state.Criteria.Select(c => Invariant($"{c.Name} {c.Weight}%")));
        tender["submissionMethod"] = new JsonArray("electronicSubmission");
        tender["submissionMethodDetails"] = "Sealed electronic bids on the platform, opened at the submission deadline.";
        tender["tenderPeriod"] = Period(state.PublishedAt, state.SubmissionDeadline);
        tender["enquiryPeriod"] = Period(state.PublishedAt, state.ClarificationDeadline);
        var documents = new JsonArray(new JsonObject
        {
            ["id"] = "tender-notice",
            ["documentType"] = "tenderNotice",
            ["title"] = "Tender notice",
            ["url"] = page,
            ["datePublished"] = Date(state.PublishedAt),
            ["format"] = "text/html",
            ["language"] = "en",
        });
        foreach (var document in state.Documents)
        {
            documents.Add(new JsonObject
            {
                ["id"] = document.Id.ToString("D"),
                ["documentType"] = "biddingDocuments",
                ["title"] = document.Title,
                ["description"] = document.FileName,
                ["url"] = $"{page}/documents/{document.Id:D}",
                ["language"] = "en",
            });
        }

        tender["documents"] = documents;
        return tender;
    }

    private static JsonObject Item(OcdsLot lot)
    {
        var item = new JsonObject
        {
            ["id"] = Invariant($"lot-{lot.Number}-item"),
            ["description"] = lot.Description is null ? lot.Title : $"{lot.Title}: {lot.Description}",
            ["classification"] = new JsonObject { ["scheme"] = "CPV", ["id"] = lot.CpvCode },
            ["quantity"] = lot.Quantity,
            ["unit"] = new JsonObject { ["scheme"] = "UNCEFACT", ["id"] = lot.UnitCode },
            ["relatedLot"] = LotId(lot.Number),
        };
        return item;
    }

    private static JsonObject Lot(OcdsLot lot, string status)
    {
        var node = new JsonObject { ["id"] = LotId(lot.Number), ["title"] = lot.Title };
        if (lot.Description is not null)
        {
            node["description"] = lot.Description;
        }

        node["value"] = Value(lot.EstimatedAmount, lot.Currency);
        node["status"] = status;
        return node;
    }

    private void AddOpening(JsonObject release, JsonArray parties, OcdsProcess process, OcdsBidsOpened opened)
    {
        var tender = Tender(process, opened.State, "active");
        var bidders = opened.Bidders.DistinctBy(b => b.Id).ToList();
        tender["numberOfTenderers"] = bidders.Count;
        tender["tenderers"] = new JsonArray([.. bidders.Select(b => (JsonNode)new JsonObject { ["id"] = SupplierPartyId(b), ["name"] = b.Name })]);
        release["tender"] = tender;
        foreach (var bidder in bidders)
        {
            parties.Add(SupplierParty(bidder, "tenderer"));
        }

        var date = Date(opened.Date);
        var statistics = new JsonArray(
            Statistic("bids", "bids", opened.Bidders.Count, date, null),
            Statistic("smeBids", "smeBids", opened.Bidders.Count(b => b.IsSme), date, null));
        foreach (var (lot, count) in opened.BidsPerLot.OrderBy(pair => pair.Key))
        {
            statistics.Add(Statistic(Invariant($"bids-lot-{lot}"), "bids", count, date, LotId(lot)));
        }

        release["bids"] = new JsonObject { ["statistics"] = statistics };
    }

    private static JsonObject Statistic(string id, string measure, int value, string date, string? relatedLot)
    {
        var statistic = new JsonObject { ["id"] = id, ["measure"] = measure, ["value"] = value, ["date"] = date };
        if (relatedLot is not null)
        {
            statistic["relatedLot"] = relatedLot;
        }

        return statistic;
    }

    private static void AddAward(JsonObject release, JsonArray parties, OcdsAwardInput award)
    {
        release["tender"] = new JsonObject { ["id"] = award.Process.Reference, ["status"] = TenderStatus(award.TenderStatus) };
        var awards = new JsonArray();
        foreach (var lot in award.Lots.OrderBy(l => l.LotNumber))
        {
            var node = new JsonObject
            {
                ["id"] = AwardId(award.Round, lot.LotNumber),
                ["title"] = Invariant($"Lot {lot.LotNumber}"),
                ["status"] = AwardStatus(award.Step, lot.Winner is not null),
                ["date"] = Date(lot.DecidedAt),
            };
            if (lot.Winner is { } winner)
            {
                if (lot.Amount is { } amount && lot.Currency is { } currency)
                {
                    node["value"] = Value(amount, currency);
                }

                node["suppliers"] = new JsonArray(new JsonObject { ["id"] = SupplierPartyId(winner), ["name"] = winner.Name });
                if (!parties.OfType<JsonObject>().Any(p => (string?)p["id"] == SupplierPartyId(winner)))
                {
                    parties.Add(SupplierParty(winner, "tenderer", "supplier"));
                }
            }
            else if (lot.UnsuccessfulReason is { } reason)
            {
                node["description"] = reason;
            }

            node["relatedLots"] = new JsonArray(LotId(lot.LotNumber));
            awards.Add(node);
        }

        release["awards"] = awards;
    }

    private static string AwardStatus(OcdsAwardStep step, bool awarded) => step switch
    {
        OcdsAwardStep.Lapsed => "cancelled",
        _ when !awarded => "unsuccessful",
        OcdsAwardStep.Decided => "pending",
        _ => "active",
    };

    private void AddContract(JsonObject release, JsonArray parties, OcdsContractInput contract)
    {
        parties.Add(SupplierParty(contract.Supplier, "tenderer", "supplier"));
        var node = new JsonObject
        {
            ["id"] = Invariant($"contract-{contract.Number}"),
            ["awardID"] = AwardId(contract.AwardRound, contract.LotNumber),
            ["title"] = Invariant($"Contract for lot {contract.LotNumber}"),
            ["status"] = contract.SignedAt is null ? "pending" : "active",
        };
        if (contract.StartDate is { } start && contract.EndDate is { } end)
        {
            node["period"] = Period(start, end);
        }

        node["value"] = Value(contract.Amount, contract.Currency);
        if (contract.SignedAt is { } signed)
        {
            node["dateSigned"] = Date(signed);
        }

        if (contract.Document is { } document)
        {
            // "/tenders/…" is an absolute file URI on Unix: only http(s) URLs count as absolute here.
            var url = Uri.TryCreate(document.Url, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp)
                ? absolute.AbsoluteUri
                : new Uri(links.PublicPage(contract.Process.Reference), document.Url).AbsoluteUri;
            node["documents"] = new JsonArray(new JsonObject
            {
                ["id"] = Invariant($"contract-{contract.Number}-signed"),
                ["documentType"] = "contractSigned",
                ["title"] = document.Title,
                ["url"] = url,
                ["language"] = "en",
            });
        }

        release["contracts"] = new JsonArray(node);
    }

    private JsonObject BuyerParty(OcdsBuyer buyer) => new()
    {
        ["id"] = BuyerPartyId(buyer),
        ["name"] = buyer.Name,
        ["identifier"] = new JsonObject { ["scheme"] = settings.BuyerIdentifierScheme, ["id"] = buyer.Identifier, ["legalName"] = buyer.Name },
        ["address"] = new JsonObject { ["region"] = buyer.Region },
        ["roles"] = new JsonArray("buyer", "procuringEntity"),
    };

    private static JsonObject SupplierParty(OcdsSupplier supplier, params string[] roles)
    {
        var party = new JsonObject { ["id"] = SupplierPartyId(supplier), ["name"] = supplier.Name };
        if (supplier.RegistrationNumber is { } number)
        {
            var identifier = new JsonObject();
            if (CompanyRegisterScheme(supplier.Country) is { } scheme)
            {
                identifier["scheme"] = scheme;
            }

            identifier["id"] = number;
            identifier["legalName"] = supplier.Name;
            party["identifier"] = identifier;
        }

        party["roles"] = new JsonArray([.. roles.Select(role => (JsonNode)role)]);
        return party;
    }

    /// <summary>The org-id.guide scheme of a country's company register, for the countries it is known for.</summary>
    private static string? CompanyRegisterScheme(string? country) => country switch
    {
        "GB" => "GB-COH",
        "IE" => "IE-CRO",
        "FR" => "FR-RCS",
        "DE" => "DE-CR",
        "NL" => "NL-KVK",
        _ => null,
    };

    private string BuyerPartyId(OcdsBuyer buyer) => $"{settings.BuyerIdentifierScheme}-{buyer.Identifier}";

    private static string SupplierPartyId(OcdsSupplier supplier) => $"supplier-{supplier.Id:D}";

    private static string LotId(int number) => Invariant($"lot-{number}");

    private static string AwardId(int round, int lot) => Invariant($"award-{round}-lot-{lot}");

    private static JsonObject Value(decimal amount, string currency) => new() { ["amount"] = amount, ["currency"] = currency };

    private static JsonObject Period(DateTimeOffset start, DateTimeOffset end) => new() { ["startDate"] = Date(start), ["endDate"] = Date(end) };

    public static string Date(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
