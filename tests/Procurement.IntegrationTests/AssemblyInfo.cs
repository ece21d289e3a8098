using Procurement.Testing;

[assembly: AssemblyFixture(typeof(AppFixture))]
