import { createElement, type ComponentType } from 'react'
import {
  Bot,
  CircleDot,
  Globe,
  Headset,
  Mail,
  Megaphone,
  Newspaper,
  Phone,
  Search,
  Share2,
  Smartphone,
  Store,
  Tent,
  ThumbsUp,
  Users,
  type IconNode,
} from 'lucide'
import { Icon, type LucideIcon, type LucideIconNode, type LucideProps } from 'lucide-react'
import { EMOTION_COLORS, type Channel, type Emotion } from '../domain/vocabulary'
import { Angry, Frown, Laugh, Meh, Smile } from 'lucide-react'

/**
 * Each channel's icon as lucide's icon data: the card draws it as a CSS image (icon-images.ts),
 * the inspector as a React component (CHANNEL_ICONS), from this one table.
 */
export const CHANNEL_ICON_NODES: Readonly<Record<Channel, IconNode>> = {
  website: Globe,
  'social-media': Share2,
  email: Mail,
  'online-ads': Megaphone,
  'mobile-app': Smartphone,
  chatbot: Bot,
  search: Search,
  store: Store,
  'trade-fair': Tent,
  hotline: Phone,
  print: Newspaper,
  'customer-service': Headset,
  consultation: Users,
  recommendation: ThumbsUp,
  other: CircleDot,
}

function iconComponent(node: IconNode): ComponentType<LucideProps> {
  const iconNode = node as LucideIconNode[]
  return (props: LucideProps) => createElement(Icon, { ...props, iconNode })
}

export const CHANNEL_ICONS = Object.fromEntries(
  Object.entries<IconNode>(CHANNEL_ICON_NODES).map(([channel, node]) => [
    channel,
    iconComponent(node),
  ]),
) as Readonly<Record<Channel, ComponentType<LucideProps>>>

/** How an emotion looks; its name is in the catalogues (`messages.vocabulary.emotions`). */
export interface EmotionStyle {
  icon: LucideIcon
  color: string
  tint: string
}

/** Red to green, readable on a projector and distinguishable by the face as well as the colour. */
export const EMOTION_STYLES: Readonly<Record<Emotion, EmotionStyle>> = {
  [-2]: { icon: Angry, color: EMOTION_COLORS[-2], tint: '#fee2e2' },
  [-1]: { icon: Frown, color: EMOTION_COLORS[-1], tint: '#ffedd5' },
  0: { icon: Meh, color: EMOTION_COLORS[0], tint: '#f1f5f9' },
  1: { icon: Smile, color: EMOTION_COLORS[1], tint: '#dcfce7' },
  2: { icon: Laugh, color: EMOTION_COLORS[2], tint: '#d1fae5' },
}
