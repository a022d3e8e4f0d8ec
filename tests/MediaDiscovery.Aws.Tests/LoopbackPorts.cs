using System.Net;
using System.Net.Sockets;

namespace MediaDiscovery.Aws.Tests;

/// <summary>A port on 127.0.0.1 that nothing listens on right now, for servers the tests start.</summary>
public static class LoopbackPorts
{
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
