namespace Procurement.Infrastructure.Demo;

/// <summary>
/// The demo catalog: four of the verified demo suppliers (with their existing accounts; created here only when missing), their
/// items (real CPV codes and UN/CEFACT units) and NCC's frameworks.
/// </summary>
internal static class DemoCatalog
{
    public sealed record Seller(string LegalName, string Email, string ContactName, string Region, string Description, string[] CpvCodes);

    /// <param name="Framework">The NCC framework that lists it (null: listed in none), with the ceiling per unit.</param>
    public sealed record Item(string Seller, string Sku, string Name, string Description, string Cpv, string Unit, decimal Price, decimal MinimumOrder, int LeadTimeDays, string? Framework, decimal Ceiling);

    /// <param name="FromDays">First day in force, in days from today; <paramref name="ToDays"/> the last.</param>
    public sealed record Framework(string Reference, string Title, string Seller, int FromDays, int ToDays);

    public const string Meridian = "Meridian Office Supplies";
    public const string Northwind = "Northwind Medical Supplies Ltd";
    public const string Harbour = "Harbour Catering Co-operative";
    public const string Clearview = "Clearview IT Services Ltd";

    public static readonly Seller[] Sellers =
    [
        new(Meridian, "sales@meridian.procurement.test", "Jonas Berg", "East of England", "Office paper, stationery, toner and small office equipment, delivered next day across the North.", ["30192000-1", "30197630-1", "30125100-2"]),
        new(Northwind, "supplier@procurement.test", "Sam Carter", "North West", "Medical consumables and personal protective equipment for care and public services.", ["33140000-3", "18424300-0", "18143000-3"]),
        new(Harbour, "kitchen@harbour.procurement.test", "Fatima Khan", "South West", "Catering for meetings and events, refreshments and drinking water for offices.", ["55520000-1", "15981000-8", "15860000-4"]),
        new(Clearview, "tenders@clearview.procurement.test", "Ravi Patel", "London", "Laptops, monitors and accessories with three-year warranties, imaged and delivered ready to use.", ["30213100-6", "30231300-0", "30237200-1"]),
    ];

    public static readonly Framework[] Frameworks =
    [
        new("NCC-FW-OFF-2026", "Office supplies and stationery 2026-27", Meridian, -120, 245),
        new("NCC-FW-PPE-2026", "PPE and medical consumables", Northwind, -60, 305),
        new("NCC-FW-CAT-2026", "Meeting catering and refreshments", Harbour, -30, 335),
        new("NCC-FW-IT-2026", "End-user IT equipment", Clearview, -90, 275),
        new("NCC-FW-IT-2024", "End-user IT equipment 2024-25 (expired)", Clearview, -700, -35),
    ];

    public static readonly Item[] Items =
    [
        new(Meridian, "MOS-PAP-A4-80", "A4 copier paper, 80 gsm, white", "500 sheets a ream, FSC certified. Sold by the ream.", "30197630-1", "RM", 3.85m, 5, 2, "NCC-FW-OFF-2026", 4.20m),
        new(Meridian, "MOS-PAP-A3-80", "A3 copier paper, 80 gsm, white", "500 sheets a ream, FSC certified.", "30197630-1", "RM", 8.40m, 2, 2, "NCC-FW-OFF-2026", 9.00m),
        new(Meridian, "MOS-PAP-A4-REC", "A4 recycled copier paper, 80 gsm", "100% recycled, 500 sheets a ream.", "30197630-1", "RM", 4.10m, 5, 3, "NCC-FW-OFF-2026", 4.50m),
        new(Meridian, "MOS-TON-HP26A", "Toner cartridge, black, HP 26A compatible", "Yields about 3,100 pages.", "30125100-2", "H87", 48.50m, 1, 3, "NCC-FW-OFF-2026", 55.00m),
        new(Meridian, "MOS-TON-BR2420", "Toner cartridge, black, Brother TN-2420", "Genuine Brother cartridge, about 3,000 pages.", "30125100-2", "H87", 62.00m, 1, 3, "NCC-FW-OFF-2026", 60.00m),
        new(Meridian, "MOS-PEN-BLU-50", "Ballpoint pens, blue, box of 50", "Medium tip, retractable.", "30192121-5", "BX", 9.95m, 1, 2, "NCC-FW-OFF-2026", 11.00m),
        new(Meridian, "MOS-BND-A4-10", "A4 ring binders, 2 rings, pack of 10", "Polypropylene, 25 mm capacity, assorted colours.", "22800000-8", "PK", 12.60m, 1, 2, "NCC-FW-OFF-2026", 14.00m),
        new(Meridian, "MOS-STA-SET", "Desk stationery set", "Stapler, hole punch, tape dispenser and scissors.", "30192700-8", "SET", 18.75m, 1, 4, "NCC-FW-OFF-2026", 20.00m),
        new(Meridian, "MOS-NTB-A4-5", "A4 notebooks, ruled, pack of 5", "160 pages each, wirebound.", "30199000-0", "PK", 7.20m, 2, 2, null, 0m),
        new(Northwind, "NMS-GLV-NIT-M", "Nitrile examination gloves, medium, box of 100", "Powder-free, non-sterile, EN 455.", "18424300-0", "BX", 6.40m, 10, 2, "NCC-FW-PPE-2026", 7.00m),
        new(Northwind, "NMS-GLV-NIT-L", "Nitrile examination gloves, large, box of 100", "Powder-free, non-sterile, EN 455.", "18424300-0", "BX", 6.40m, 10, 2, "NCC-FW-PPE-2026", 7.00m),
        new(Northwind, "NMS-GLV-SUR-75", "Sterile surgical gloves, size 7.5, 50 pairs", "Latex-free, powder-free.", "33141420-0", "BX", 38.00m, 1, 5, "NCC-FW-PPE-2026", 42.00m),
        new(Northwind, "NMS-MSK-IIR-50", "Type IIR surgical face masks, box of 50", "EN 14683 Type IIR, ear loops.", "18143000-3", "BX", 5.75m, 5, 3, "NCC-FW-PPE-2026", 6.50m),
        new(Northwind, "NMS-APR-200", "Disposable aprons, white, roll of 200", "Polythene, flat packed on a roll.", "18143000-3", "RO", 8.90m, 5, 3, "NCC-FW-PPE-2026", 9.50m),
        new(Northwind, "NMS-SAN-500", "Hand sanitiser gel, 500 ml pump", "70% alcohol, EN 1500.", "33631600-8", "BO", 3.20m, 12, 2, "NCC-FW-PPE-2026", 3.60m),
        new(Northwind, "NMS-DRS-10", "Adhesive wound dressings, 10 x 10 cm, box of 25", "Sterile, low-adherent pad.", "33141110-4", "BX", 11.30m, 2, 4, "NCC-FW-PPE-2026", 12.00m),
        new(Northwind, "NMS-FAK-20", "Workplace first aid kit, up to 20 people", "BS 8599-1 compliant, in a wall-mountable case.", "33140000-3", "KT", 27.50m, 1, 4, null, 0m),
        new(Harbour, "HC-BRK-10", "Working breakfast for 10", "Pastries, fruit, yoghurt, tea, coffee and juice, delivered and set up.", "55520000-1", "SET", 85.00m, 1, 3, "NCC-FW-CAT-2026", 95.00m),
        new(Harbour, "HC-LUN-SAND", "Sandwich lunch, per person", "Sandwiches, crisps, fruit and a drink; vegetarian and vegan options.", "55520000-1", "IE", 7.95m, 8, 2, "NCC-FW-CAT-2026", 8.50m),
        new(Harbour, "HC-LUN-HOT", "Hot buffet lunch, per person", "Two hot dishes, salad and dessert; dietary needs met on request.", "55520000-1", "IE", 14.50m, 15, 5, "NCC-FW-CAT-2026", 15.00m),
        new(Harbour, "HC-TEA-50", "Tea and coffee service for 50", "Urns, cups, milk, sugar and biscuits; cleared after the meeting.", "55520000-1", "SET", 120.00m, 1, 3, "NCC-FW-CAT-2026", 130.00m),
        new(Harbour, "HC-WAT-24", "Still mineral water, 500 ml, case of 24", "Recyclable PET bottles.", "15981000-8", "PK", 6.80m, 2, 2, "NCC-FW-CAT-2026", 7.50m),
        new(Harbour, "HC-COF-1KG", "Fairtrade ground coffee, 1 kg", "Medium roast, for filter machines.", "15860000-4", "KGM", 14.20m, 2, 3, "NCC-FW-CAT-2026", 15.00m),
        new(Clearview, "CIT-LAP-14-I5", "14-inch business laptop, Core i5, 16 GB, 512 GB SSD", "Windows 11 Pro, 3-year on-site warranty, imaged to your build.", "30213100-6", "H87", 849.00m, 1, 10, "NCC-FW-IT-2026", 900.00m),
        new(Clearview, "CIT-LAP-15-I7", "15-inch laptop, Core i7, 32 GB, 1 TB SSD", "For analysts and designers; 3-year on-site warranty.", "30213100-6", "H87", 1249.00m, 1, 10, "NCC-FW-IT-2026", 1300.00m),
        new(Clearview, "CIT-MON-24", "24-inch monitor, full HD, height adjustable", "IPS panel, HDMI and DisplayPort, 3-year warranty.", "30231300-0", "H87", 139.00m, 1, 5, "NCC-FW-IT-2026", 150.00m),
        new(Clearview, "CIT-MON-27-4K", "27-inch 4K monitor with USB-C", "65 W power delivery, daisy chain.", "30231300-0", "H87", 329.00m, 1, 7, "NCC-FW-IT-2026", 350.00m),
        new(Clearview, "CIT-DCK-USBC", "USB-C docking station", "Two displays, gigabit Ethernet, 100 W charging.", "30237200-1", "H87", 119.00m, 1, 5, "NCC-FW-IT-2026", 130.00m),
        new(Clearview, "CIT-HDS-USB", "USB headset with noise-cancelling microphone", "Certified for Teams.", "32342100-3", "H87", 42.00m, 2, 4, "NCC-FW-IT-2026", 45.00m),
        new(Clearview, "CIT-KBM-SET", "Wireless keyboard and mouse set, UK layout", "One USB receiver.", "30237200-1", "SET", 34.00m, 2, 4, "NCC-FW-IT-2024", 40.00m),
        new(Clearview, "CIT-TAB-10", "10-inch tablet, 128 GB, with case", "For field workers; 2-year warranty.", "30213000-5", "H87", 289.00m, 1, 7, "NCC-FW-IT-2024", 300.00m),
    ];
}
