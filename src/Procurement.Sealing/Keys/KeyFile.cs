using System.Security.Cryptography;

namespace Procurement.Sealing.Keys;

/// <summary>
/// A raw key in a file readable by its owner only (0600, in a 0700 directory). Created at most once: under an
/// exclusive lock on a lock file beside it (so two threads or processes starting together end up with one key),
/// written to a temporary file and moved into place, so a reader never sees half a key.
/// </summary>
internal static class KeyFile
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static byte[] Read(string path, int length)
    {
        var key = File.ReadAllBytes(path);
        if (key.Length != length)
        {
            CryptographicOperations.ZeroMemory(key);
            throw new InvalidOperationException($"The key file {path} holds {key.Length} bytes; it must hold exactly {length}. Restore it from a backup: tender keys wrapped with the lost key cannot be opened.");
        }

        return key;
    }

    /// <summary>Whether group or others may read or write the file (always false on Windows).</summary>
    public static bool IsExposed(string path) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~(FileMode | UnixFileMode.UserExecute)) != 0;

    /// <summary>Creates the file with a new key unless it exists. Returns the key in the file, and whether this call wrote it.</summary>
    public static (byte[] Key, bool Created) ReadOrCreate(string path, int length, Func<byte[]> newKey)
    {
        if (File.Exists(path))
        {
            return (Read(path, length), false);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        CreatePrivateDirectory(directory);
        using var exclusive = Lock(path + ".lock");
        if (File.Exists(path))
        {
            return (Read(path, length), false);
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var key = newKey();
        try
        {
            var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = FileMode;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(key);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                // The create mode is masked by the umask; set it exactly.
                File.SetUnixFileMode(temporary, FileMode);
            }

            File.Move(temporary, path, overwrite: false);
            return (key, true);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created the key first: use that one.
            CryptographicOperations.ZeroMemory(key);
            return (Read(path, length), false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // FileShare.None takes an advisory lock (flock) on Linux, which another open of the file, in this process or
    // another, cannot take until this one is closed. A move without overwriting alone is not enough: where the file
    // system has no hard links, .NET falls back to checking, then renaming.
    private static FileStream Lock(string lockPath)
    {
        var giveUpAt = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                return new FileStream(lockPath, System.IO.FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < giveUpAt)
            {
                Thread.Sleep(20);
            }
        }
    }

    private static void CreatePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        // Only the keys folder itself is made private: its parent (.data) also holds the embedded PostgreSQL cluster,
        // which may belong to another user.
        Directory.CreateDirectory(Path.GetDirectoryName(directory)!);
        Directory.CreateDirectory(directory, DirectoryMode);
        File.SetUnixFileMode(directory, DirectoryMode);
    }
}
