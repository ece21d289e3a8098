namespace Procurement.Benchmarks.SupplierSearch;

/// <param name="NameWords">What goes between the place and the legal form ("Bakery" in "Aldgate Bakery Ltd").</param>
/// <param name="Fragments">Sentences a description of such a supplier is composed from.</param>
/// <param name="CpvGroups">CPV prefixes whose real codes such a supplier carries.</param>
internal sealed record SupplierTrade(string[] NameWords, string[] Fragments, string[] CpvGroups);

/// <summary>Trades of the public-sector supply base, after the demo directory in Procurement.Infrastructure.</summary>
internal static class SupplierTrades
{
    public static readonly string[] Places =
    [
        "Aldgate", "Beacon", "Caldera", "Dunmore", "Everton", "Fairway", "Granite", "Hartwell", "Ironbridge", "Juniper",
        "Kingsley", "Lowther", "Maple", "Northgate", "Oakridge", "Pennine", "Quayside", "Redcliffe", "Stratton", "Thornbury",
        "Upland", "Vale", "Westbrook", "Yarrow", "Zenith", "Ashby", "Bramley", "Carlton", "Denholm", "Elmsford",
        "Fernhill", "Glenrock", "Holloway", "Kestrel", "Langdale", "Millbrook", "Newhaven", "Orchard", "Penrose", "Ravenscar",
        "Saltash", "Tamworth", "Ulverston", "Wendover", "Alston", "Brecon", "Chilton", "Dovercourt", "Eskdale", "Frome",
    ];

    public static readonly string[] PlaceSuffixes = ["", "", "", " Vale", " Bridge", " Hill", " Park", " Cross", " Green", " Moor", " Wood", " Bay"];

    public static readonly string[] LegalForms = ["Ltd", "Ltd", "Ltd", "Limited", "LLP", "plc", "Co-operative", "CIC"];

    public static readonly string[] Regions =
    [
        "London", "South East", "South West", "East of England", "East Midlands", "West Midlands",
        "Yorkshire and the Humber", "North West", "North East", "Wales", "Scotland", "Northern Ireland",
    ];

    public static readonly SupplierTrade[] All =
    [
        new(["Bakery", "Bakers"], ["Wholesale bakery supplying bread, rolls and cakes.", "Daily deliveries to schools, hospitals and prisons.", "Gluten-free and allergen-controlled baking lines."], ["158"]),
        new(["Dairy", "Creamery"], ["Farm-to-kitchen dairy producer of milk, cheese and yoghurt.", "Chilled delivery within 24 hours.", "Organic and lactose-free ranges."], ["155"]),
        new(["Fresh Produce", "Growers"], ["Fruit and vegetable wholesaler.", "Seasonal produce from local farms.", "Next-morning chilled delivery to kitchens."], ["032", "153"]),
        new(["Pharmacy Services", "Pharmaceuticals"], ["Licensed wholesaler of generic medicines and vaccines.", "Cold-chain storage and controlled drugs handling.", "Hospital pharmacy outsourcing."], ["336"]),
        new(["Laboratory", "Scientific"], ["Laboratory equipment, reagents and calibration services.", "Supplies for public health and university labs.", "Analytical testing accredited to ISO 17025."], ["386", "3369", "71900"]),
        new(["Medical Devices", "Healthcare"], ["Patient monitors, infusion pumps and imaging equipment.", "Maintenance contracts for clinical equipment.", "Wound care and surgical consumables."], ["331", "3319"]),
        new(["Dental Supplies"], ["Dental equipment and consumables for community clinics.", "Sterilisation and infection control products."], ["3313"]),
        new(["Office Furniture", "Interiors"], ["Ergonomic desks, seating and storage.", "Designed and made in Britain.", "Office fit-out and space planning."], ["391", "3913"]),
        new(["Print", "Printing"], ["Commercial printing of forms, leaflets and ballot papers.", "Large-format signage and banners.", "Secure printing of examination papers."], ["798", "224"]),
        new(["Software", "Digital"], ["Case-management and citizen-service software as a service.", "Agile delivery of public digital services.", "Cloud hosting and application support."], ["48", "722", "7226"]),
        new(["Cyber Security", "Security Consulting"], ["Penetration testing and vulnerability assessment.", "Security operations centre and incident response.", "Cyber Essentials certification support."], ["7215", "79714"]),
        new(["Networks", "Telecoms"], ["Local and wide-area networks, Wi-Fi and structured cabling.", "Mobile and fixed-line telephony with unified communications.", "Broadband connections for rural schools."], ["324", "642", "45314"]),
        new(["Electrical", "Electrical Contractors"], ["Electrical installation, testing and inspection.", "EV charger fitting and maintenance.", "Emergency lighting and fire alarm systems."], ["4531", "316"]),
        new(["Plumbing and Heating", "Heating"], ["Heating, ventilation and plumbing installation.", "Boiler servicing and gas safety checks.", "Heat pump installation for public buildings."], ["4533", "4532"]),
        new(["Roofing"], ["Roof repairs, replacements and inspections.", "Solar panel installation on public buildings.", "Flat roofing and waterproofing."], ["4526", "0933"]),
        new(["Civil Engineering", "Construction"], ["Bridges, drainage and flood-defence works.", "New build schools and health centres.", "Groundworks, foundations and concrete."], ["4522", "4524", "4521"]),
        new(["Highways", "Surfacing"], ["Road resurfacing and line painting.", "Winter gritting and snow clearance.", "Street lighting and traffic signals."], ["45233", "9062", "3499"]),
        new(["Waste Management", "Recycling"], ["Collection, recycling and safe disposal of municipal waste.", "Clinical and hazardous waste services.", "Confidential shredding of documents."], ["905", "9052"]),
        new(["Landscaping", "Grounds Maintenance"], ["Parks, sports pitches and grounds maintenance.", "Tree surgery and arboriculture.", "Playground installation and inspection."], ["7731", "7732", "7721"]),
        new(["Security", "Guarding"], ["Manned guarding and key holding.", "Intruder alarms and CCTV monitoring.", "Access control for public buildings."], ["7971", "3512"]),
        new(["Cleaning", "Facilities"], ["Office, school and hospital cleaning.", "Deep cleaning and infection control.", "Window cleaning at height."], ["909", "9091"]),
        new(["Catering", "Kitchens"], ["School meals and hospital catering.", "Menus cooked from local ingredients.", "Vending and hospitality services."], ["555", "5552"]),
        new(["Fleet", "Vehicles"], ["Electric vans, minibuses and fleet maintenance.", "Vehicle leasing and telematics.", "Ambulance conversion and servicing."], ["341", "5011"]),
        new(["Translation", "Languages"], ["Translation and interpreting in many languages.", "British Sign Language interpreting.", "Document localisation and transcription."], ["7953", "7954"]),
        new(["Training", "Learning"], ["Leadership and digital skills training.", "Health and safety training for public staff.", "E-learning course design."], ["805", "8053"]),
        new(["Consulting", "Advisory"], ["Management consultancy and business cases.", "Programme assurance and project management.", "Procurement advice and market engagement."], ["794", "7222"]),
        new(["Legal", "Solicitors"], ["Public law and procurement law advice.", "Employment and property legal services.", "Litigation and dispute resolution."], ["791", "7911"]),
        new(["Architecture", "Design"], ["Architectural design for schools, libraries and health centres.", "Heritage building conservation.", "Landscape and urban design."], ["712", "7122"]),
        new(["Uniforms", "Workwear"], ["Uniforms and protective clothing for emergency services.", "Safety footwear and high-visibility garments.", "Embroidery and garment personalisation."], ["181", "1883", "1814"]),
    ];
}
