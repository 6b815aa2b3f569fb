// jsonc-parser's error codes in plain words
const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," or a closing bracket',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected content after the JSON value (trailing garbage)',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control character in a string',
};

const NOT_JSON_WORDS: Record<string, string> = {
  NaN: "NaN is not a JSON number (Python's json.dumps and some exporters write it): expected a number or null",
  Infinity:
    "Infinity is not a JSON number (Python's json.dumps and some exporters write it): expected a number or null",
  '-Infinity':
    "-Infinity is not a JSON number (Python's json.dumps and some exporters write it): expected a number or null",
  True: "Python's True is not JSON: expected true",
  False: "Python's False is not JSON: expected false",
  None: "Python's None is not JSON: expected null",
  undefined: 'undefined is not JSON: expected null or no member',
};

/** A word JSON does not have (NaN, Infinity, Python's None) starting at `offset`, or null. */
function notJsonWord(text: string, offset: number): string | null {
  const match = /^(-?Infinity|NaN|True|False|None|undefined)(?![\w$])/.exec(text.slice(offset, offset + 10));
  return match ? NOT_JSON_WORDS[match[1]] : null;
}

/** The first line of text at `offset`, cut to 60 characters. */
function lineAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  const line = text.slice(offset, end === -1 ? text.length : end).trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/**
 * Says in plain words why JSON text fails at `offset`, for jsonc-parser's error `code`: what JSON does not
 * have (NaN, Python words, single quotes, plain text, raw line breaks in strings), truncation, trailing bytes.
 */
export function syntaxMessage(text: string, offset: number, code: string): string {
  const atEnd = offset >= text.trimEnd().length;
  const plain = SYNTAX_MESSAGES[code] ?? code;
  if (code === 'EndOfFileExpected') {
    return /^\0+\s*$/.test(text.slice(offset))
      ? 'NUL bytes after the JSON value (a preallocated or unfinished download): remove them'
      : plain;
  }
  const word = notJsonWord(text, offset);
  if (word) return word;
  if (code === 'UnexpectedEndOfString') {
    // the scanner ends a string at a line break or at the end of the text
    const lineBreak = text.slice(offset).search(/[\r\n]/);
    return lineBreak === -1 || text.slice(offset + lineBreak).trim() === ''
      ? `the JSON ends too early (truncated file?): ${plain}`
      : 'a line break inside a string: JSON strings cannot span lines (write \\n)';
  }
  if (atEnd) return `the JSON ends too early (truncated file?): ${plain}`;
  if (text[offset] === "'")
    return 'single quotes: JSON strings and keys take double quotes (a Python or JavaScript repr?)';
  if (/[A-Za-z]/.test(text[offset]) && text.slice(0, offset).trim() === '') {
    return `plain text, not JSON: "${lineAt(text, offset)}"`;
  }
  return plain;
}
