package org.kolscope.kernel.eval;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Redirects the {@code System.exit(int)} calls of a cell's classes to {@link #exit(int)}, which
 * throws {@link ExitGuard.ExitBlocked} as {@link ExitGuard} does. From Java 24 there is no security
 * manager (JEP 486), so this is how a kernel there keeps running, and its variables, when a cell
 * calls {@code System.exit}; on Java 17–23 the guard stops it first either way.
 *
 * <p>The rewrite changes only the constant pool: every {@code CONSTANT_Methodref} of class {@code
 * java/lang/System}, name {@code exit} and type {@code (I)V} gets a new {@code CONSTANT_Class}
 * entry, appended to the pool, naming this class. The call instructions ({@code invokestatic},
 * or a method handle {@code System::exit}) keep their index, and {@code exit(I)V} here has the
 * same descriptor, so the code, its stack maps and every other index stay valid. Reference: The
 * Java Virtual Machine Specification, Java SE 17 Edition, §4.1 and §4.4.
 *
 * <p>Not covered: {@code Runtime.getRuntime().exit} and {@code halt}, and exits in library code
 * a cell calls; on Java 24 and later those end the kernel (Jupyter offers a restart).
 */
public final class ExitCalls {
  private static final String SYSTEM = "java/lang/System";
  private static final String TARGET = ExitCalls.class.getName().replace('.', '/');

  private ExitCalls() {}

  /** Stands in for {@code System.exit(status)} in a cell's code: throws instead of ending the JVM. */
  public static void exit(int status) {
    throw new ExitGuard.ExitBlocked(status);
  }

  /**
   * The class file {@code bytes} with its {@code System.exit(int)} calls redirected here; the same
   * array when it makes none (or is not a class file this can read: then the JVM judges it).
   */
  public static byte[] redirect(byte[] bytes) {
    try {
      return rewrite(bytes);
    } catch (RuntimeException e) {
      return bytes;
    }
  }

  private static byte[] rewrite(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.getInt(0) != 0xCAFEBABE) {
      return bytes;
    }
    int count = in.getShort(8) & 0xFFFF;
    int[] offset = new int[count]; // of each entry's tag byte
    byte[] tag = new byte[count];
    int at = 10;
    for (int i = 1; i < count; i++) {
      offset[i] = at;
      tag[i] = bytes[at];
      at += 1 + switch (tag[i]) {
        case 1 -> 2 + (in.getShort(at + 1) & 0xFFFF); // Utf8
        case 3, 4, 9, 10, 11, 12, 17, 18 -> 4;
        case 5, 6 -> 8;
        case 7, 8, 16, 19, 20 -> 2;
        case 15 -> 3;
        default -> throw new IllegalArgumentException("constant pool tag " + tag[i]);
      };
      if (tag[i] == 5 || tag[i] == 6) {
        i++; // a long or a double takes two entries
      }
    }
    int poolEnd = at;
    List<Integer> calls = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      if (tag[i] == 10 && isSystemExit(bytes, in, offset, tag, i)) {
        calls.add(i);
      }
    }
    if (calls.isEmpty() || count + 2 > 0xFFFF) {
      return bytes;
    }
    int utf8 = count;
    int cls = count + 1;
    byte[] out = new byte[bytes.length + 3 + TARGET.length() + 3];
    System.arraycopy(bytes, 0, out, 0, poolEnd);
    ByteBuffer o = ByteBuffer.wrap(out);
    o.putShort(8, (short) (count + 2));
    for (int i : calls) {
      o.putShort(offset[i] + 1, (short) cls);
    }
    o.position(poolEnd);
    o.put((byte) 1).putShort((short) TARGET.length()).put(TARGET.getBytes(StandardCharsets.US_ASCII));
    o.put((byte) 7).putShort((short) utf8);
    o.put(bytes, poolEnd, bytes.length - poolEnd);
    return out;
  }

  /** Whether Methodref {@code i} is {@code java/lang/System.exit:(I)V}. */
  private static boolean isSystemExit(byte[] bytes, ByteBuffer in, int[] offset, byte[] tag, int i) {
    int classIndex = in.getShort(offset[i] + 1) & 0xFFFF;
    int nameAndType = in.getShort(offset[i] + 3) & 0xFFFF;
    if (tag[classIndex] != 7 || tag[nameAndType] != 12) {
      return false;
    }
    return utf8(bytes, in, offset, tag, in.getShort(offset[classIndex] + 1) & 0xFFFF).equals(SYSTEM)
        && utf8(bytes, in, offset, tag, in.getShort(offset[nameAndType] + 1) & 0xFFFF).equals("exit")
        && utf8(bytes, in, offset, tag, in.getShort(offset[nameAndType] + 3) & 0xFFFF).equals("(I)V");
  }

  private static String utf8(byte[] bytes, ByteBuffer in, int[] offset, byte[] tag, int i) {
    if (tag[i] != 1) {
      return "";
    }
    int length = in.getShort(offset[i] + 1) & 0xFFFF;
    // modified UTF-8; the names compared here are ASCII, which it writes as ASCII
    return new String(bytes, offset[i] + 3, length, StandardCharsets.ISO_8859_1);
  }
}
