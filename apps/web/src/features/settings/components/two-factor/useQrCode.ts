import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A PNG data URL of `text` as a QR code; null until it is drawn (or if drawing failed). */
export function useQrCode(text: string): string | null {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    // Dark on white whatever the theme: scanners need the contrast.
    QRCode.toDataURL(text, { margin: 2, width: 192, color: { dark: '#000000', light: '#ffffff' } })
      .then((url) => { if (isCurrent) setDataUrl(url); })
      .catch(() => { if (isCurrent) setDataUrl(null); });
    return () => { isCurrent = false; };
  }, [text]);
  return dataUrl;
}
