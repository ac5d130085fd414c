import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
A small corpus for driving the reader: `count` articles, newest first numbered 1.., each with a
headline, a bold lead and enough paragraphs to scroll. Article 3 mentions 香港 three times.
*/
export function makeCorpus(count = 40): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-ui-'));
	for (let index = 1; index <= count; index++) {
		const ms = Date.UTC(2020, 6, 1) + (count - index) * 3_600_000;
		const topic = index === 3 ? '香港' : '北京';
		const paragraphs = Array.from({length: 12}, (_, paragraph) =>
			`<p>第${index}篇第${paragraph + 1}段：“这是一段用于测试的中文文字，${topic}的天气很好。”记者说，新冠病毒（COVID-19）疫情在2020年7月仍然严重……</p>`).join('');
		const body = `<p><strong>导语${index}：这篇文章的导语写在这里，${topic}。</strong></p><div>${paragraphs}</div>`;
		fs.writeFileSync(
			path.join(folder, `${String(index).padStart(3, '0')}.md`),
			`<!--${ms}-->\n[第${index}篇文章的标题：${topic}新闻与“引号”测试 - 要闻](https://example.com/${index})\n------\n\n${body}\n`,
		);
	}

	return folder;
}
