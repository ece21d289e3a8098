using Procurement.BrowserTests;

[assembly: AssemblyFixture(typeof(BrowserFixture))]
