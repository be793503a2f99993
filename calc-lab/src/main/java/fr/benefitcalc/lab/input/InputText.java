package fr.benefitcalc.lab.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The encoding and framing rules shared by every text input (case and timeline JSON, scenario YAML or JSON,
 * population CSV), {@code docs/input-plausibility.md}: UTF-8, with or without a UTF-8 byte-order mark (skipped);
 * a UTF-16 or UTF-32 mark, or bytes that are not UTF-8, are refused with the file, line and column. A problem
 * is a {@link MalformedInputFileException} whose message starts with {@code FILE:LINE:COLUMN:}.
 */
public final class InputText {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private InputText() {}

  /** A text input file that breaks the encoding or framing rules; the message names the file, line and column. */
  public static final class MalformedInputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedInputFileException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The text of {@code file}, decoded as UTF-8 without its byte-order mark. */
  public static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int start = bom(file, bytes, bytes.length);
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      check(file, new java.io.ByteArrayInputStream(bytes)); // locates the bad bytes
      throw new MalformedInputFileException(file + ": is not UTF-8", e);
    }
  }

  /**
   * Checks that {@code file} (or its gzip content, for a {@code .gz}) is UTF-8, streaming; its byte-order mark,
   * if any, must be UTF-8's.
   */
  public static void checkUtf8(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      check(file, in);
    }
  }

  private static void check(Path file, InputStream in) throws IOException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buffer = new byte[1 << 16];
    ByteBuffer bytes = ByteBuffer.allocate(buffer.length + 8);
    CharBuffer chars = CharBuffer.allocate(buffer.length + 8);
    long line = 1;
    long column = 1;
    boolean first = true;
    boolean end = false;
    while (!end) {
      int n = in.readNBytes(buffer, 0, buffer.length);
      end = n < buffer.length;
      int from = 0;
      if (first) {
        from = bom(file, buffer, n);
        first = false;
      }
      bytes.put(buffer, from, n - from);
      bytes.flip();
      while (true) {
        CoderResult r = d.decode(bytes, chars, end);
        chars.flip();
        while (chars.hasRemaining()) {
          char c = chars.get();
          if (c == '\n') {
            line++;
            column = 1;
          } else if (!Character.isLowSurrogate(c)) {
            column++;
          }
        }
        chars.clear();
        if (r.isError()) {
          throw new MalformedInputFileException(file + ":" + line + ":" + column + ": is not UTF-8 (byte 0x"
              + String.format("%02X", bytes.get(bytes.position()) & 0xff) + "); save the file as UTF-8", null);
        }
        if (r.isUnderflow()) {
          break;
        }
      }
      bytes.compact();
    }
  }

  /** The length of a UTF-8 byte-order mark at the start of {@code bytes} (0 or 3); another mark is refused. */
  private static int bom(Path file, byte[] bytes, int length) {
    if (length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]) {
      return 3;
    }
    if (length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new MalformedInputFileException(file + ":1:1: is UTF-16 or UTF-32 (byte-order mark); save the file as UTF-8",
          null);
    }
    if (length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF) {
      throw new MalformedInputFileException(file + ":1:1: is UTF-32 (byte-order mark); save the file as UTF-8", null);
    }
    return 0;
  }

  /**
   * The message of a JSON or YAML parser's error, as {@code FILE:LINE:COLUMN: not valid FORMAT: what}, without the
   * parser's internals (its feature names and source excerpts).
   */
  public static String parseError(Path file, String format, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? file + ":" : file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ":";
    String what = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    for (String cut : new String[] {": enable `", "; enable `", " (for ", "\n at [Source", "\n"}) {
      int i = what.indexOf(cut);
      if (i > 0) {
        what = what.substring(0, i);
      }
    }
    what = what.replaceAll("`[A-Za-z]+Feature\\.[A-Z_]+`", "").strip();
    return where + " not valid " + format + ": " + what;
  }
}
