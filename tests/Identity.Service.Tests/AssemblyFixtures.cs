[assembly: AssemblyFixture(typeof(APPlatform.TestSupport.TestServers))]
