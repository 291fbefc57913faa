using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Store;

namespace DefenceSearch.Engine;

/// <summary>
/// Reads index files through memory maps, with inputs and clones that are a pointer and a position: no
/// read buffers, no system calls, no per-clone bookkeeping.
/// </summary>
/// <remarks>
/// Why not Lucene.NET's own directories: its MMapDirectory registers every clone (a search makes hundreds)
/// in a ConditionalWeakTable so that it can refuse reads after close, which kept the finalizer thread busy
/// and grew the site's memory under load; NIOFSDirectory reads through a locked, seeking stream in 1 KB
/// buffers, and those reads and buffers were a third of a search's time and most of its allocation.
/// A mapping here is released when the last input using it is collected, so a clone can never read
/// unmapped memory, even after the reader that opened it was closed.
/// </remarks>
internal sealed partial class MappedDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    private const int MadviseRandom = 1;

    // Searches read a few pages here and there: MADV_RANDOM stops the kernel from reading ahead and from mapping the
    // neighbouring cached pages on every fault, which counted index pages no search touched in the site's memory.
    [LibraryImport("libc", EntryPoint = "madvise")]
    private static unsafe partial int Madvise(byte* address, nuint length, int advice);

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var mapping = Mapping.Open(Path.Combine(Directory.FullName, name));
        return new Input(Describe(name), mapping, 0, mapping.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(Describe(name), Mapping.Open(Path.Combine(Directory.FullName, name)));
    }

    private string Describe(string name) => $"MappedIndexInput(path=\"{Path.Combine(Directory.FullName, name)}\")";

    /// <summary>One mapped file; unmapped by the finalizer once no input refers to it.</summary>
    private sealed unsafe class Mapping
    {
        private readonly MemoryMappedFile? _file;
        private readonly MemoryMappedViewAccessor? _view;
        public readonly byte* Start;
        public readonly long Length;

        private Mapping(MemoryMappedFile? file, MemoryMappedViewAccessor? view, byte* start, long length)
        {
            _file = file;
            _view = view;
            Start = start;
            Length = length;
        }

        public static Mapping Open(string path)
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.RandomAccess);
            var length = stream.Length;
            if (length == 0)
            {
                stream.Dispose();
                return new Mapping(null, null, null, 0); // an empty file cannot be mapped
            }
            MemoryMappedFile file;
            try
            {
                file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false); // owns the stream now
            }
            catch
            {
                stream.Dispose();
                throw;
            }
            var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            if (OperatingSystem.IsLinux()) _ = Madvise(start, (nuint)(length + view.PointerOffset), MadviseRandom); // advice only: a failure changes nothing
            return new Mapping(file, view, start + view.PointerOffset, length);
        }

        ~Mapping()
        {
            // The view's handle is a critical finalizer object: it is still valid while this finalizer runs.
            if (_view is null) return;
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file!.Dispose();
        }
    }

    private sealed class Slicer(string description, Mapping mapping) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > mapping.Length)
                throw new ArgumentOutOfRangeException(nameof(offset), $"slice {sliceDescription} ({offset}+{length}) is out of bounds of {description} ({mapping.Length})");
            return new Input($"{description} [slice={sliceDescription}]", mapping, offset, length);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, mapping.Length);

        protected override void Dispose(bool disposing)
        {
        }
    }

    private sealed unsafe class Input(string description, Mapping mapping, long offset, long length) : IndexInput(description)
    {
        private readonly Mapping _mapping = mapping; // keeps the memory mapped while this input lives
        private readonly byte* _start = mapping.Start + offset;
        private readonly long _length = length;
        private long _position;

        public override long Length => _length;

        public override long Position => _position;

        public override void Seek(long pos)
        {
            if ((ulong)pos > (ulong)_length) throw new EndOfStreamException($"seek past EOF: {this} (position {pos}, length {_length})");
            _position = pos;
        }

        public override byte ReadByte()
        {
            if (_position >= _length) throw new EndOfStreamException($"read past EOF: {this}");
            return _start[_position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len < 0 || _position + len > _length) throw new EndOfStreamException($"read past EOF: {this} (position {_position}, wanted {len}, length {_length})");
            new ReadOnlySpan<byte>(_start + _position, len).CopyTo(b.AsSpan(offset, len));
            _position += len;
        }

        public override short ReadInt16()
        {
            if (_position + 2 > _length) return base.ReadInt16();
            var p = _start + _position;
            _position += 2;
            return (short)((p[0] << 8) | p[1]);
        }

        public override int ReadInt32()
        {
            if (_position + 4 > _length) return base.ReadInt32();
            var value = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(_start + _position, 4));
            _position += 4;
            return value;
        }

        public override long ReadInt64()
        {
            if (_position + 8 > _length) return base.ReadInt64();
            var value = System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(_start + _position, 8));
            _position += 8;
            return value;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override int ReadVInt32()
        {
            if (_position + 5 > _length) return base.ReadVInt32();
            var p = _start + _position;
            int b = p[0];
            if (b < 0x80) { _position += 1; return b; }
            var value = b & 0x7F;
            b = p[1]; value |= (b & 0x7F) << 7;
            if (b < 0x80) { _position += 2; return value; }
            b = p[2]; value |= (b & 0x7F) << 14;
            if (b < 0x80) { _position += 3; return value; }
            b = p[3]; value |= (b & 0x7F) << 21;
            if (b < 0x80) { _position += 4; return value; }
            b = p[4];
            if ((b & 0xF0) != 0) throw new IOException($"invalid vInt detected (too many bits): {this}");
            _position += 5;
            return value | (b << 28);
        }

        public override object Clone() => new Input(ToString()!, _mapping, _start - _mapping.Start, _length) { _position = _position };

        protected override void Dispose(bool disposing)
        {
            // Nothing to do: the mapping goes with the last input that refers to it (see Mapping's finalizer).
        }
    }
}
